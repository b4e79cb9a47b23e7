/** A filter form above a list: on submit the list is fetched again with the chosen filters. */
import {h} from '../dom.js';
import {form, values} from '../forms.js';
import {announce} from '../shell.js';

/**
 * {@code results}: the element the list is drawn in; after filtering, the text of its first heading or
 * caption (the number of results) is announced politely.
 */
export function filterForm({id, title = 'Filteren', fields, onFilter, results}) {
    const element = form({
        id,
        title,
        // The filter form follows the page's h1 directly: its title is a section heading (axe heading-order).
        titleLevel: 'h2',
        className: 'formulier formulier--kader filter',
        submitLabel: 'Toon resultaten',
        fields: h('div', {class: 'velden'}, fields),
        onSubmit: async formElement => {
            await onFilter(values(formElement));
            const summary = results && results.querySelector('h2, h3, caption, p');
            announce(summary ? summary.textContent : 'De resultaten zijn bijgewerkt.');
        },
    });
    element.setAttribute('role', 'search');
    return element;
}

export function dateInput(name, id) {
    return h('input', {type: 'date', name, id});
}
