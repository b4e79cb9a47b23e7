/**
 * The bestuurlijke bevestiging once every gemeente confirmed (with the accepted local exceptions), and the
 * programmateam's form to reopen the assessment. The formal decisions that follow are in ./formal.js.
 */
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
            h('p', {}, 'Heropenen start een nieuwe cyclus; de huidige bestuurlijke bevestiging blijft in de geschiedenis bewaard.'),
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
            h('h2', {id: 'besluit-titel'}, 'Bestuurlijke bevestiging'),
            h('p', {}, `Bevestigd door alle gemeenten op ${moment(decided.decidedAt)}, op basis van revisie ${decided.revision}. `
                + 'De formele besluiten nemen de colleges, de raden en de Bestuurstafel.'),
            h('ul', {}, terms.layers.map(layer => h('li', {}, `${layer.name}: `, h('strong', {}, terms.scale(decided.scales[layer.code]))))),
            (decided.exceptions || []).length ? h('div', {id: 'uitzonderingen'},
                h('h3', {}, 'Aanvaarde lokale afwijkingen'),
                h('ul', {}, decided.exceptions.map(exception => h('li', {},
                    `${terms.gemeente(exception.gemeente)} voert ${terms.layer(exception.layer)} lokaal uit.`)))) : null)];
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
