/**
 * After the bestuurlijke bevestiging (issue 11 §4): the formal decisions of colleges, raden and the Bestuurstafel
 * (which exist, which are still missing), the gremia that discussed a revision or a confirmation, and the follow-up.
 * Each form shows only for whom the server allows it (allowedActions).
 */
import {h, replaceChildren} from '../../dom.js';
import {blankToNull, field, form, input, select, textarea, values} from '../../forms.js';
import {date, FOLLOW_UPS, FORMAL_BODIES} from '../../terms.js';
import {dropUnless, section} from './section.js';

export function formal({me, terms, nameOf, edit, shown}) {
    const area = h('div', {id: 'formele-besluiten'});
    const bodyOf = (gemeente, body) => body === 'BESTUURSTAFEL' ? 'Bestuurstafel'
        : `${FORMAL_BODIES[body] || body} ${terms.gemeente(gemeente)}`;

    const bodies = me.role === 'PROGRAMMATEAM' ? ['BESTUURSTAFEL'] : ['COLLEGE', 'RAAD', 'BESTUURSTAFEL'];
    const formalForm = form({
        id: 'formeel-besluit-formulier',
        title: 'Formeel besluit vastleggen',
        submitLabel: 'Besluit vastleggen',
        fields: [
            h('div', {class: 'velden'},
                field({label: 'Orgaan', control: select('body', bodies.map(value => ({value, label: FORMAL_BODIES[value]})), {id: 'fb-orgaan'})}),
                field({label: 'Datum van het besluit', control: input('date', {type: 'date', id: 'fb-datum'})})),
            field({label: 'Kenmerk', control: input('reference', {id: 'fb-kenmerk'})}),
            field({label: 'Link naar het besluit (optioneel)', hint: 'Een webadres dat begint met https://',
                control: input('url', {id: 'fb-link', maxlength: 1000})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, 'formal-decisions', {gemeente: me.gemeente || null, body: data.body,
                date: blankToNull(data.date), reference: data.reference, url: blankToNull(data.url)},
                `Het besluit van ${bodyOf(me.gemeente, data.body)} is vastgelegd.`);
        },
    });

    const followUpForm = form({
        id: 'vervolg-formulier',
        title: 'Vervolg vastleggen',
        submitLabel: 'Vervolg vastleggen',
        fields: [
            field({label: 'Vervolg', control: select('followUp', Object.entries(FOLLOW_UPS).map(([value, label]) => ({value, label})), {id: 'vervolg-keuze'})}),
            field({label: 'Toelichting (optioneel)', control: textarea('note', {id: 'vervolg-toelichting', rows: 2})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, 'follow-up', {followUp: data.followUp, note: blankToNull(data.note)},
                `Het vervolg is vastgelegd: ${FOLLOW_UPS[data.followUp].toLowerCase()}.`);
        },
    });

    const discussionForm = form({
        id: 'gremium-formulier',
        title: 'Bespreking in een gremium vastleggen',
        submitLabel: 'Bespreking vastleggen',
        fields: [
            h('div', {class: 'velden'},
                field({label: 'Gremium', control: select('gremium', terms.gremia.map(g => ({value: g.code, label: g.name})), {id: 'gr-gremium'})}),
                field({label: 'Datum', control: input('date', {type: 'date', id: 'gr-datum'})})),
            field({label: 'Bevestiging van gemeente (leeg: de revisie zelf)',
                control: select('gemeente', terms.gemeenten.map(g => ({value: g.code, label: g.name})), {empty: 'De revisie zelf', id: 'gr-gemeente'})}),
            field({label: 'Toelichting (optioneel)', control: textarea('note', {id: 'gr-toelichting', rows: 2})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            const doc = shown();
            await edit(formElement, 'discussions', {gremium: data.gremium, date: blankToNull(data.date),
                revision: doc && doc.proposal ? doc.proposal.revision : null, gemeente: blankToNull(data.gemeente),
                note: blankToNull(data.note)}, `De bespreking in ${terms.gremium(data.gremium)} is vastgelegd.`);
        },
    });

    function render(doc) {
        const parts = [];
        if (doc.decision) {
            parts.push(h('h2', {}, 'Formele besluiten'),
                doc.formalDecisions.length ? h('ul', {class: 'lijst', id: 'formele-besluiten-lijst'}, doc.formalDecisions.map(item => h('li', {},
                    h('strong', {}, bodyOf(item.gemeente, item.body)), `: besloten op ${date(item.date)}, kenmerk ${item.reference}`,
                    item.url ? [' – ', h('a', {href: item.url, rel: 'noopener noreferrer'}, 'besluit bekijken')] : null,
                    h('span', {class: 'wie'}, `Vastgelegd door ${nameOf(item.by)}`))))
                    : h('p', {class: 'leeg'}, 'Er is nog geen formeel besluit vastgelegd.'),
                doc.missingFormalDecisions.length ? h('p', {id: 'ontbrekende-besluiten'}, 'Nog niet vastgelegd: ',
                    doc.missingFormalDecisions.map(item => bodyOf(item.gemeente, item.body)).join(', '), '.') : null,
                h('p', {id: 'vervolg'}, h('strong', {}, 'Vervolg: '), doc.followUp
                    ? `${FOLLOW_UPS[doc.followUp.followUp] || doc.followUp.followUp}${doc.followUp.note ? ` – ${doc.followUp.note}` : ''}`
                    : 'nog niet vastgelegd.'));
        }
        if (doc.discussions.length) {
            parts.push(h('h3', {}, 'Besproken in gremia'), h('ul', {class: 'lijst', id: 'besprekingen'}, doc.discussions.map(item => h('li', {},
                `${terms.gremium(item.gremium)} besprak op ${date(item.date)} `,
                item.gemeente ? `de bevestiging van revisie ${item.revision} door ${terms.gemeente(item.gemeente)}` : `revisie ${item.revision}`,
                item.note ? `: ${item.note}` : ''))));
        }
        return parts;
    }

    return {
        element: section('formeel', 'Formele besluiten en vervolg', area, formalForm, followUpForm, discussionForm),
        show(doc, previous, allowed) {
            replaceChildren(area, render(doc));
            formalForm.hidden = !allowed.mayRecordFormalDecision;
            followUpForm.hidden = !allowed.mayRecordFollowUp;
            discussionForm.hidden = !allowed.mayRecordGremiumDiscussion;
        },
        drop(roleMay) {
            dropUnless(roleMay, 'RECORD_FORMAL_DECISION', formalForm);
            dropUnless(roleMay, 'RECORD_FOLLOW_UP', followUpForm);
            dropUnless(roleMay, 'RECORD_GREMIUM_DISCUSSION', discussionForm);
        },
    };
}
