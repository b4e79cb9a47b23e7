/** The decision once every gemeente confirmed, and the programmateam's form to reopen the assessment. */
import {h, replaceChildren} from '../../dom.js';
import {field, form, textarea, values} from '../../forms.js';
import {moment} from '../../terms.js';
import {dropUnless} from './section.js';

export function decision({terms, edit}) {
    const area = h('div', {id: 'besluit'});
    // stays when the form goes with the reopening, so focus has somewhere to land
    const reopenDone = h('p', {id: 'heropen-status', role: 'status', tabindex: '-1'});
    const reopenForm = form({
        id: 'heropen-formulier',
        title: 'Afweging heropenen',
        submitLabel: 'Heropenen',
        fields: [
            h('p', {}, 'Heropenen start een nieuwe cyclus; het huidige besluit blijft in de geschiedenis bewaard.'),
            field({label: 'Reden', control: textarea('reason', {id: 'heropen-reden', rows: 3})}),
        ],
        onSubmit: async formElement => {
            const result = await edit(formElement, 'reopen', {reason: values(formElement).reason},
                'De afweging is heropend voor een nieuwe cyclus.');
            if (result) {
                reopenDone.textContent = `De afweging is heropend: cyclus ${result.cycle} is begonnen.`;
                reopenDone.focus();
            }
        },
    });

    function render(doc) {
        if (!doc.decision) {
            return [];
        }
        const decided = doc.decision;
        return [h('section', {class: 'melding melding--succes', 'aria-labelledby': 'besluit-titel'},
            h('h2', {id: 'besluit-titel'}, 'Besluit'),
            h('p', {}, `Besloten op ${moment(decided.decidedAt)} op basis van revisie ${decided.revision}.`),
            h('ul', {}, terms.layers.map(layer => h('li', {}, `${layer.name}: `, h('strong', {}, terms.scale(decided.scales[layer.code]))))))];
    }

    return {
        element: area,
        reopenForm: h('div', {}, reopenDone, reopenForm),
        show(doc, previous, allowed) {
            replaceChildren(area, render(doc));
            reopenForm.hidden = !allowed.mayReopen;
        },
        drop(roleMay) {
            dropUnless(roleMay, 'REOPEN', reopenForm);
            dropUnless(roleMay, 'REOPEN', reopenDone);
        },
    };
}
