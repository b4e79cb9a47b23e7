/**
 * A section of the assessment page: pick a moment of the assessment's history and see the whole assessment
 * as it stood then (the as-of view, a page of its own); and, once decided, the decision's provenance and
 * printable record. The moments are read when the page opens and again when the list is used after new events.
 */
import {api} from '../../api.js';
import {h, replaceChildren} from '../../dom.js';
import {field, select} from '../../forms.js';
import {decisionLinks, to} from './links.js';
import {label, momentsOf} from './moments.js';

export function lookBack({shown}, assessmentId) {
    const historyPath = `/api/assessments/${encodeURIComponent(assessmentId)}/history`;
    const choice = select('moment', [], {id: 'terugkijken-moment'});
    const decided = h('div', {id: 'terugkijken-besluit'});
    let moments = [];
    let knownVersion = -1;

    async function loadMoments() {
        const entries = await api.get(historyPath);
        moments = momentsOf(entries);
        knownVersion = entries.length ? entries[entries.length - 1].sequence : -1;
        const chosen = choice.value;
        choice.replaceChildren(...moments.map((moment, index) => h('option', {value: moment.at}, label(moment, index))));
        choice.value = moments.some(moment => moment.at === chosen) ? chosen : (moments.length ? moments[moments.length - 1].at : '');
        choice.dispatchEvent(new Event('change'));
    }

    // a link, not a form: looking back changes nothing, and the link can be opened in a new tab or bookmarked
    const go = h('a', {class: 'knop', id: 'terugkijken-link', href: to.lookBack(assessmentId)}, 'Bekijk deze stand');
    choice.addEventListener('change', () => {
        go.href = choice.value ? to.asOf(assessmentId, choice.value) : to.lookBack(assessmentId);
    });
    const picker = h('div', {class: 'terugkijken'},
        h('p', {}, 'Bekijk de hele afweging zoals die er op een eerder moment voor stond: alleen lezen, '
            + 'met een eigen adres dat u kunt bewaren.'),
        field({label: 'Moment', hint: 'Elk moment is een gebeurtenis uit de geschiedenis, de oudste eerst.', control: choice}),
        h('p', {}, go));
    choice.addEventListener('focus', () => {
        const doc = shown();
        if (doc && doc.version > knownVersion) {
            loadMoments().catch(error => console.warn('Momenten niet bijgewerkt', error));
        }
    });
    const element = h('section', {class: 'sectie', id: 'sectie-terugkijken', 'aria-labelledby': 'terugkijken-titel'},
        h('h2', {id: 'terugkijken-titel'}, 'Terugkijken'), decided, picker);
    loadMoments().catch(error => console.warn('Momenten niet geladen', error));

    return {
        element,
        show(doc) {
            replaceChildren(decided, doc.decision ? decisionLinks(assessmentId, doc.decision.decisionId) : null);
        },
        drop() {
            // reading the past is for every role
        },
    };
}
