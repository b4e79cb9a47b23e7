/**
 * The moments of an assessment: one per instant at which events were stored (events of one instant, such as a
 * last confirmation and the decision it completes, form one moment, because an as-of view shows everything
 * stored at or before an instant). Made from GET /api/assessments/{id}/history.
 */
import {momentExact} from '../../terms.js';

export function momentsOf(entries) {
    const moments = [];
    for (const entry of entries) {
        const last = moments[moments.length - 1];
        if (last && last.at === entry.occurredAt) {
            last.entries.push(entry);
        } else {
            moments.push({at: entry.occurredAt, entries: [entry]});
        }
    }
    return moments;
}

/** What happened at a moment, in the server's own words. */
export function whatHappened(moment) {
    return moment.entries.map(entry => entry.description || entry.type).join('; ');
}

/** The label of a moment in a list: "3. 3 maart 2027 om 13:00:12 – Bunnik gaf input …". */
export function label(moment, index, maxLength = 110) {
    const text = whatHappened(moment);
    const short = text.length > maxLength ? `${text.substring(0, maxLength - 1)}…` : text;
    return `${index + 1}. ${momentExact(moment.at)} – ${short}`;
}

/** The index of the last moment at or before an instant; -1 when the instant lies before the first. */
export function indexAtOrBefore(moments, instant) {
    const time = new Date(instant).getTime();
    let found = -1;
    moments.forEach((moment, index) => {
        if (new Date(moment.at).getTime() <= time) {
            found = index;
        }
    });
    return found;
}
