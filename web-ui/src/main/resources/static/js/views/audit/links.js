/**
 * The addresses of the auditor's and the raad's pages, so every page links to a moment, a history entry, a
 * decision's provenance or the printable record the same way; and people as a reader wants to see them.
 */
import {h} from '../../dom.js';
import {ROLES} from '../../terms.js';

const part = encodeURIComponent;

export const to = {
    assessment: id => `#/afweging/${part(id)}`,
    history: id => `#/afweging/${part(id)}/geschiedenis`,
    historyEntry: (id, sequence) => `#/afweging/${part(id)}/geschiedenis/${part(sequence)}`,
    asOf: (id, instant) => `#/afweging/${part(id)}/stand/${part(instant)}`,
    lookBack: id => `#/afweging/${part(id)}/stand`,
    provenance: decisionId => `#/besluiten/${part(decisionId)}`,
    record: id => `/api/assessments/${part(id)}/record.html`,
};

/** "Wethouder Zeist – Bestuurder (wethouder), Zeist"; an event without a user was the system's. */
export function person(actor, terms) {
    if (!actor || !actor.userId) {
        return 'het systeem';
    }
    const role = ROLES[actor.role] || actor.role;
    const detail = [role, actor.gemeente ? terms.gemeente(actor.gemeente) : null].filter(Boolean).join(', ');
    return `${actor.name || actor.userId}${detail ? ` – ${detail}` : ''}`;
}

/** The links of one decision: where it came from, and the record a gemeenteraad can print. */
export function decisionLinks(assessmentId, decisionId, {provenance = true} = {}) {
    return h('p', {class: 'besluitlinks'},
        provenance ? [h('a', {href: to.provenance(decisionId), class: 'herkomst-link'}, 'Herkomst van deze bevestiging'), ' · '] : null,
        h('a', {href: to.record(assessmentId), class: 'dossier-link'}, 'Besluitvormingsdossier (afdrukbaar)'));
}
