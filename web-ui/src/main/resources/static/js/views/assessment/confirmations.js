/** The confirmations per gemeente of the current revision, and the bestuurder's form to confirm it. */
import {h, replaceChildren} from '../../dom.js';
import {blankToNull, field, form, input, values} from '../../forms.js';
import {moment} from '../../terms.js';
import {dropUnless, section} from './section.js';

export function confirmations({me, terms, nameOf, edit, shown}) {
    const area = h('div', {id: 'bevestigingen'});
    const gemeenteName = code => terms.gemeente(code);
    const confirmIntro = h('p', {id: 'bevestig-uitleg'});
    const confirmDone = h('p', {id: 'bevestig-status', role: 'status', tabindex: '-1'});
    const confirmForm = form({
        id: 'bevestig-formulier',
        title: 'Uw bevestiging',
        submitLabel: 'Bevestigen',
        fields: [
            confirmIntro,
            field({label: 'Toelichting (optioneel)', control: input('note', {id: 'bevestig-toelichting', maxlength: 10000})}),
        ],
        onSubmit: async formElement => {
            const doc = shown();
            const revision = doc.proposal ? doc.proposal.revision : null;
            const result = await edit(formElement, 'confirmations',
                {gemeente: me.gemeente, revision, note: blankToNull(values(formElement).note)},
                `U hebt revisie ${revision} bevestigd namens ${gemeenteName(me.gemeente)}.`);
            if (result) {
                confirmDone.focus();
            }
        },
    });

    function render(doc, revision) {
        const byGemeente = new Map(doc.confirmations.filter(c => c.revision === revision).map(c => [c.gemeente, c]));
        return [h('h2', {}, 'Bevestigingen'),
            revision === null ? h('p', {class: 'leeg'}, 'Bevestigen kan zodra er een voorstel is.')
                : h('p', {}, `Bevestigingen van revisie ${revision}: ${byGemeente.size} van ${doc.gemeenten.length}.`),
            h('table', {},
                h('caption', {class: 'visueel-verborgen'}, 'Bevestiging per gemeente'),
                h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Gemeente'), h('th', {scope: 'col'}, 'Bevestiging'))),
                h('tbody', {}, doc.gemeenten.map(gemeente => {
                    const confirmation = byGemeente.get(gemeente);
                    return h('tr', {id: `bevestiging-${gemeente}`},
                        h('th', {scope: 'row'}, gemeenteName(gemeente)),
                        h('td', {}, confirmation
                            ? `Bevestigd door ${nameOf(confirmation.by)} op ${moment(confirmation.at)}`
                            : h('span', {class: 'leeg'}, 'Nog niet bevestigd')));
                })))];
    }

    return {
        element: section('bevestigingen', 'Bevestigingen', area, confirmDone, confirmForm),
        show(doc, previous, allowed) {
            const revision = doc.proposal ? doc.proposal.revision : null;
            replaceChildren(area, render(doc, revision));
            confirmIntro.textContent = revision === null ? ''
                : `Bevestig namens ${gemeenteName(me.gemeente)} het actuele voorstel (revisie ${revision}).`;
            const own = doc.confirmations.find(c => c.gemeente === me.gemeente && c.revision === revision);
            confirmDone.textContent = allowed.roleMay.includes('CONFIRM') && own
                ? `U hebt revisie ${revision} bevestigd namens ${gemeenteName(me.gemeente)} op ${moment(own.at)}.`
                    + (doc.status === 'BESLOTEN' ? ' Alle gemeenten hebben bevestigd: het besluit is genomen.' : '')
                : '';
            confirmForm.hidden = !allowed.mayConfirm;
        },
        drop(roleMay) {
            dropUnless(roleMay, 'CONFIRM', confirmForm);
        },
    };
}
