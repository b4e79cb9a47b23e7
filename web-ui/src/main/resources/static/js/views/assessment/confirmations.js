/**
 * The confirmations per gemeente of the current revision, each with the bestuurder's note, and the
 * bestuurder's form to confirm it: what confirming means, an optional note ("Akkoord, mits ...") and the action.
 */
import {h, replaceChildren} from '../../dom.js';
import {blankToNull, field, form, input, values} from '../../forms.js';
import {moment} from '../../terms.js';
import {dropUnless, section} from './section.js';
import {withdrawal} from './withdrawal.js';
import {kaderAnswers} from './kader-answers.js';

export function confirmations({me, terms, nameOf, edit, shown, revisionLabel}) {
    const count = h('div', {});
    const area = h('div', {id: 'bevestigingen'});
    const gemeenteName = code => terms.gemeente(code);
    const confirmIntro = h('p', {id: 'bevestig-uitleg'});
    const meaning = h('div', {id: 'bevestig-betekenis', class: 'melding melding--info'},
        h('p', {}, h('strong', {}, 'Wat betekent bevestigen? '),
            `U stemt namens ${gemeenteName(me.gemeente)} in met het hele pakket van deze revisie: het schaalniveau per `
            + 'laag, wie per laag richting geeft, organiseert en uitvoert, de randvoorwaarden, en het mandaat van het thema '
            + 'waaronder het besluit valt. Verandert daarna iets aan dat pakket, dan komt er een nieuwe revisie en vervalt '
            + 'uw bevestiging. Hebben alle gemeenten bevestigd en staat er geen interventie open, dan is er een '
            + 'bestuurlijke bevestiging; de formele besluiten nemen college, raad en Bestuurstafel daarna. Niet eens? '
            + 'Bevestig dan niet en dien een lokale interventie in.'));
    const confirmDone = h('p', {id: 'bevestig-status', role: 'status', tabindex: '-1'});
    const withdraw = withdrawal({me, terms, edit, revisionLabel, shown});
    const kaders = kaderAnswers(me);
    const confirmForm = form({
        id: 'bevestig-formulier',
        title: 'Uw bevestiging',
        submitLabel: 'Bevestigen',
        fields: [
            confirmIntro,
            meaning,
            kaders.element,
            field({
                label: 'Toelichting (optioneel)',
                hint: 'Bijvoorbeeld "Akkoord, mits de raad wordt geïnformeerd." Iedereen ziet deze toelichting.',
                control: input('note', {id: 'bevestig-toelichting', maxlength: 10000}),
            }),
        ],
        onSubmit: async formElement => {
            const doc = shown();
            const revision = doc.proposal ? doc.proposal.revision : null;
            const result = await edit(formElement, 'confirmations',
                {gemeente: me.gemeente, revision, note: blankToNull(values(formElement).note), kaders: kaders.answers()},
                `U hebt ${revisionLabel(doc, revision)} bevestigd namens ${gemeenteName(me.gemeente)}.`);
            if (result) {
                confirmDone.focus();
            }
        },
    });

    function note(confirmation) {
        return confirmation.note ? h('p', {class: 'toelichting'}, h('span', {class: 'visueel-verborgen'}, 'Toelichting: '),
            `“${confirmation.note}”`) : null;
    }

    function confirmedOf(doc, revision) {
        return new Map(doc.confirmations.filter(c => c.revision === revision).map(c => [c.gemeente, c]));
    }

    function renderCount(doc, revision) {
        return revision === null ? h('p', {class: 'leeg'}, 'Bevestigen kan zodra er een voorstel is.')
            : h('p', {}, `Bevestigingen van ${revisionLabel(doc, revision)}: ${confirmedOf(doc, revision).size} van ${doc.gemeenten.length} gemeenten.`);
    }

    function render(doc, revision) {
        const byGemeente = confirmedOf(doc, revision);
        return [h('table', {},
                h('caption', {class: 'visueel-verborgen'}, 'Bevestiging per gemeente'),
                h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Gemeente'), h('th', {scope: 'col'}, 'Bevestiging'))),
                h('tbody', {}, doc.gemeenten.map(gemeente => {
                    const confirmation = byGemeente.get(gemeente);
                    return h('tr', {id: `bevestiging-${gemeente}`},
                        h('th', {scope: 'row'}, gemeenteName(gemeente)),
                        h('td', {}, confirmation
                            ? [`Bevestigd door ${nameOf(confirmation.by)} op ${moment(confirmation.at)}`, note(confirmation)]
                            : h('span', {class: 'leeg'}, 'Nog niet bevestigd')));
                })))];
    }

    return {
        // the confirm form comes before the table, so that a bestuurder reaches it first
        element: section('bevestigingen', 'Bevestigingen', h('h2', {}, 'Bevestigingen'), count, confirmDone, confirmForm, withdraw.element, area),
        show(doc, previous, allowed) {
            const revision = doc.proposal ? doc.proposal.revision : null;
            replaceChildren(count, renderCount(doc, revision));
            replaceChildren(area, render(doc, revision));
            confirmIntro.textContent = revision === null ? ''
                : `Bevestig namens ${gemeenteName(me.gemeente)} het actuele voorstel (${revisionLabel(doc, revision)}).`;
            const own = doc.confirmations.find(c => c.gemeente === me.gemeente && c.revision === revision);
            confirmDone.textContent = allowed.roleMay.includes('CONFIRM') && own
                ? `U hebt ${revisionLabel(doc, revision)} bevestigd namens ${gemeenteName(me.gemeente)} op ${moment(own.at)}.`
                    + (own.note ? ` Uw toelichting: “${own.note}”` : '')
                    + (doc.status === 'BESLOTEN' ? ' Alle gemeenten hebben bevestigd: de afweging is bestuurlijk bevestigd.' : '')
                : '';
            confirmForm.hidden = !allowed.mayConfirm;
            withdraw.show(allowed);
            if (allowed.mayConfirm && !previous) {
                kaders.load(doc.assessmentId).catch(console.warn);
            }
        },
        drop(roleMay) {
            dropUnless(roleMay, 'CONFIRM', confirmForm);
            dropUnless(roleMay, 'WITHDRAW_CONFIRMATION', withdraw.element);
        },
    };
}
