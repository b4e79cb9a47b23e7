/** Preconditions, and the form to record one. */
import {h, replaceChildren} from '../../dom.js';
import {field, form, select, textarea, values} from '../../forms.js';
import {PRECONDITION_KINDS} from '../../terms.js';
import {dropUnless, section} from './section.js';

export function preconditions({terms, edit}) {
    const area = h('div', {id: 'randvoorwaarden'});
    const preconditionForm = form({
        id: 'randvoorwaarde-formulier',
        title: 'Randvoorwaarde vastleggen',
        submitLabel: 'Randvoorwaarde vastleggen',
        fields: [
            field({label: 'Soort', control: select('kind', terms.preconditionKinds.map(k => ({value: k.code, label: `${PRECONDITION_KINDS[k.code] || k.code}: ${k.meaning}`})), {id: 'rv-soort'})}),
            field({label: 'Randvoorwaarde', control: textarea('text', {id: 'rv-tekst', rows: 3})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, 'preconditions', {kind: data.kind, text: data.text}, 'De randvoorwaarde is vastgelegd.');
        },
    });

    function render(doc) {
        return [h('h2', {}, 'Randvoorwaarden'),
            doc.preconditions.length ? h('ul', {class: 'lijst'}, doc.preconditions.map(p => h('li', {},
                h('strong', {}, PRECONDITION_KINDS[p.kind] || p.kind), ': ', h('span', {class: 'celtekst'}, p.text))))
                : h('p', {class: 'leeg'}, 'Nog geen randvoorwaarden vastgelegd.')];
    }

    return {
        element: section('randvoorwaarden', 'Randvoorwaarden', area, preconditionForm),
        show(doc, previous, allowed) {
            replaceChildren(area, render(doc));
            preconditionForm.hidden = !allowed.mayRecordPreconditions;
        },
        drop(roleMay) {
            dropUnless(roleMay, 'RECORD_PRECONDITION', preconditionForm);
        },
    };
}
