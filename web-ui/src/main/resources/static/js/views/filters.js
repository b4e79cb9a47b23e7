/** A filter form above a list: on submit the list is fetched again with the chosen filters. */
import {h} from '../dom.js';
import {form, values} from '../forms.js';

export function filterForm({id, title = 'Filteren', fields, onFilter}) {
    const element = form({
        id,
        title,
        className: 'formulier formulier--kader filter',
        submitLabel: 'Toon resultaten',
        fields: h('div', {class: 'velden'}, fields),
        onSubmit: async formElement => onFilter(values(formElement)),
    });
    element.setAttribute('role', 'search');
    return element;
}

export function dateInput(name, id) {
    return h('input', {type: 'date', name, id});
}
