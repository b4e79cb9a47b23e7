/** Geschiedenis: every event of an assessment as a readable Dutch timeline, with who and when. */
import {api} from '../api.js';
import {h} from '../dom.js';
import {framework, moment, person} from '../terms.js';
import {setTitle} from '../shell.js';

export async function history(container, {parameters}) {
    const id = parameters[0];
    const base = `/api/assessments/${encodeURIComponent(id)}`;
    const [doc, entries] = await Promise.all([api.get(base), api.get(`${base}/history`)]);
    const terms = await framework(doc.frameworkVersion);
    const title = terms.titleOf(doc);
    setTitle(`Geschiedenis ${title}`);
    container.append(
        h('p', {}, h('a', {href: `#/afweging/${encodeURIComponent(id)}`}, `Terug naar de afweging ${title}`)),
        h('h1', {}, `Geschiedenis: ${title}`),
        h('p', {}, `Alle ${entries.length} gebeurtenissen, de oudste eerst. Iedere regel is onveranderlijk vastgelegd: `
            + 'wie, namens welke gemeente, wanneer.'),
        entries.length ? h('ol', {class: 'tijdlijn', id: 'tijdlijn'}, entries.map(entry => {
            const chosen = String(entry.sequence) === parameters[1];
            return h('li', {id: `gebeurtenis-${entry.sequence}`, class: chosen ? 'gekozen' : null,
                'aria-current': chosen ? 'true' : null, tabindex: chosen ? '-1' : null},
                h('span', {class: 'wanneer'}, h('time', {datetime: entry.occurredAt}, moment(entry.occurredAt)),
                    ` – gebeurtenis ${entry.sequence}`),
                h('p', {class: 'omschrijving'}, entry.description || entry.type),
                h('span', {class: 'wie'}, `Door ${person(entry.actor, terms)}`));
        })) : h('p', {class: 'leeg'}, 'Er is nog niets gebeurd.'));
    focusChosenEntry(container);
}

/** #/afweging/{id}/geschiedenis/{sequence} (a link from a decision's provenance): focus that entry once shown. */
function focusChosenEntry(container) {
    const chosen = container.querySelector('.gekozen');
    if (chosen) {
        setTimeout(() => {
            chosen.focus();
            chosen.scrollIntoView({block: 'center'});
        }, 0);
    }
}
