/**
 * Whether and when each gemeente's raad was informed of its confirmation (issue 12), for the decision pages: from
 * GET /api/raad-informing, one confirmation per gemeente and cycle with informedOn and informingOverdue (not informed
 * within the term regiokompas.raad.informing-term).
 */
import {api} from '../../api.js';
import {h} from '../../dom.js';
import {date} from '../../terms.js';

/** The confirmations that stand, by "assessmentId:cycle". */
export async function raadInforming(assessmentId) {
    const items = await api.get(`/api/raad-informing${assessmentId ? `?assessmentId=${encodeURIComponent(assessmentId)}` : ''}`);
    const byCycle = new Map();
    for (const item of items) {
        const key = `${item.assessmentId}:${item.cycle}`;
        byCycle.set(key, [...(byCycle.get(key) || []), item]);
    }
    return (id, cycle) => byCycle.get(`${id}:${cycle}`) || [];
}

/** "Raad geïnformeerd: Bunnik op 3 februari 2027; Houten nog niet (niet binnen de termijn)". */
export function informingLine(confirmations, terms, id) {
    if (!confirmations.length) {
        return null;
    }
    return h('p', {class: 'raad-informeren', id}, h('strong', {}, 'Raad geïnformeerd: '), confirmations.flatMap((c, index) => [
        index ? '; ' : '',
        `${terms.gemeente(c.gemeente)} `,
        c.informedOn ? `op ${date(c.informedOn)}` : 'nog niet',
        c.informingOverdue ? h('strong', {class: 'te-laat'}, ' (niet binnen de termijn)') : '',
    ]), '.');
}
