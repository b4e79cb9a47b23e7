/**
 * Preconditions with their owner, status and review date, the form to record one, and the programmateam's form to
 * follow one up (status with a note, optionally a new review date).
 */
import {h, replaceChildren} from '../../dom.js';
import {blankToNull, field, form, input, select, textarea, values} from '../../forms.js';
import {PRECONDITION_KINDS} from '../../terms.js';
import {dropUnless, section} from './section.js';

const STATUSES = {OPEN: 'Open', GEREGELD: 'Geregeld', VERVALLEN: 'Vervallen'};

export function preconditions({terms, edit}) {
    const area = h('div', {id: 'randvoorwaarden'});
    const preconditionForm = form({
        id: 'randvoorwaarde-formulier',
        title: 'Randvoorwaarde vastleggen',
        submitLabel: 'Randvoorwaarde vastleggen',
        fields: [
            field({label: 'Soort', control: select('kind', terms.preconditionKinds.map(k => ({value: k.code, label: `${PRECONDITION_KINDS[k.code] || k.code}: ${k.meaning}`})), {id: 'rv-soort'})}),
            field({label: 'Randvoorwaarde', control: textarea('text', {id: 'rv-tekst', rows: 3})}),
            field({label: 'Eigenaar (optioneel)', control: input('owner', {id: 'rv-eigenaar'})}),
            field({label: 'Herzien op (optioneel)', control: input('reviewDate', {id: 'rv-herzien', type: 'date'})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, 'preconditions', {kind: data.kind, text: data.text, owner: blankToNull(data.owner),
                reviewDate: blankToNull(data.reviewDate)}, 'De randvoorwaarde is vastgelegd.');
        },
    });
    const which = select('preconditionId', [], {id: 'rv-status-welke'});
    const statusForm = form({
        id: 'randvoorwaarde-status-formulier',
        title: 'Randvoorwaarde opvolgen',
        submitLabel: 'Status vastleggen',
        fields: [
            field({label: 'Randvoorwaarde', control: which}),
            field({label: 'Status', control: select('status', Object.entries(STATUSES).map(([value, label]) => ({value, label})), {id: 'rv-status'})}),
            field({label: 'Toelichting', control: textarea('note', {id: 'rv-status-toelichting', rows: 2})}),
            field({label: 'Herzien op (optioneel)', control: input('reviewDate', {id: 'rv-status-herzien', type: 'date'})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, `preconditions/${encodeURIComponent(data.preconditionId)}/status`,
                {status: data.status, note: data.note, reviewDate: blankToNull(data.reviewDate)},
                'De status van de randvoorwaarde is vastgelegd.');
        },
    });

    function details(p) {
        const parts = [`status: ${(STATUSES[p.status] || p.status).toLowerCase()}`];
        if (p.owner) {
            parts.unshift(`eigenaar: ${p.owner}`);
        }
        if (p.reviewDate) {
            parts.push(`herzien op ${p.reviewDate}`);
        }
        return h('span', {class: 'rv-details'}, ` (${parts.join('; ')})`,
            p.statusNote ? h('span', {class: 'toelichting'}, ` “${p.statusNote}”`) : null);
    }

    function render(doc) {
        return [h('h2', {}, 'Randvoorwaarden'),
            doc.preconditions.length ? h('ul', {class: 'lijst'}, doc.preconditions.map(p => h('li', {id: `rv-${p.preconditionId}`},
                h('strong', {}, PRECONDITION_KINDS[p.kind] || p.kind), ': ', h('span', {class: 'celtekst'}, p.text), details(p))))
                : h('p', {class: 'leeg'}, 'Nog geen randvoorwaarden vastgelegd.')];
    }

    return {
        element: section('randvoorwaarden', 'Randvoorwaarden', area, preconditionForm, statusForm),
        show(doc, previous, allowed) {
            replaceChildren(area, render(doc));
            preconditionForm.hidden = !allowed.mayRecordPreconditions;
            const chosen = which.value;
            replaceChildren(which, doc.preconditions.map(p => h('option', {value: p.preconditionId},
                `${PRECONDITION_KINDS[p.kind] || p.kind}: ${p.text.length > 60 ? p.text.substring(0, 59) + '…' : p.text}`)));
            if (chosen) {
                which.value = chosen;
            }
            statusForm.hidden = !allowed.mayChangePreconditionStatus;
        },
        drop(roleMay) {
            dropUnless(roleMay, 'RECORD_PRECONDITION', preconditionForm);
            dropUnless(roleMay, 'CHANGE_PRECONDITION_STATUS', statusForm);
        },
    };
}
