/**
 * Revision numbers per cycle. The aggregate numbers proposals across the whole life of an assessment (and a
 * confirmation names that number), but people count within a cycle: the fifth proposal, the first after a
 * reopening, reads "revisie 1 van 1". The page learns the first and the last revision of every cycle from the
 * history it reads and from every change it is told about (ThemeScaleProposed carries cycle and revision).
 */
import {revisionText} from '../../terms.js';

export class CycleRevisions {
    constructor() {
        this.cycles = new Map();
    }

    /** A history entry or a live message: {type, payload}. */
    note(change) {
        const payload = change && change.payload;
        if (!change || change.type !== 'ThemeScaleProposed' || !payload
            || typeof payload.cycle !== 'number' || typeof payload.revision !== 'number') {
            return;
        }
        const known = this.cycles.get(payload.cycle);
        this.cycles.set(payload.cycle, known
            ? {first: Math.min(known.first, payload.revision), last: Math.max(known.last, payload.revision)}
            : {first: payload.revision, last: payload.revision});
    }

    /** "revisie 2 van 3" for a revision of the given cycle; "revisie 5" while the cycle's revisions are unknown. */
    label(cycle, revision) {
        const known = this.cycles.get(cycle);
        if (!known || revision < known.first) {
            return `revisie ${revision}`;
        }
        return revisionText(revision - known.first + 1, Math.max(known.last, revision) - known.first + 1);
    }
}
