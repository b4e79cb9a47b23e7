/** Besluiten: the decision history of the region, newest first, with filters. */
import {api, query} from '../api.js';
import {h, replaceChildren} from '../dom.js';
import {field, select} from '../forms.js';
import {date, days, framework, moment, revisionText} from '../terms.js';
import {setTitle} from '../shell.js';
import {dateInput, filterForm} from './filters.js';
import {decisionLinks} from './audit/links.js';
import {informingLine, raadInforming} from './audit/raad-informing.js';

export async function decisions(container) {
    setTitle('Bevestigingen');
    const terms = await framework();
    const results = h('div', {id: 'besluiten'});
    const options = list => list.map(item => ({value: item.code, label: item.name}));
    container.append(
        h('h1', {}, 'Bestuurlijke bevestigingen'),
        h('p', {}, 'Alle bestuurlijke bevestigingen van het schaalniveau per thema, de nieuwste eerst: wat bevestigd is, door welke '
            + 'gemeenten bevestigd, met verantwoordelijkheden en randvoorwaarden.'),
        filterForm({
            id: 'besluiten-filter',
            fields: [
                field({label: 'Thema', control: select('themeCode', options(terms.themes), {empty: 'Alle thema\'s', id: 'f-thema'})}),
                field({label: 'Gemeente', control: select('gemeente', options(terms.gemeenten), {empty: 'Alle gemeenten', id: 'f-gemeente'})}),
                field({label: 'Laag', control: select('layer', options(terms.layers), {empty: 'Alle lagen', id: 'f-laag'})}),
                field({label: 'Schaal', control: select('scale', options(terms.scales), {empty: 'Alle schalen', id: 'f-schaal'})}),
                field({label: 'Bevestigd vanaf', control: dateInput('from', 'f-van')}),
                field({label: 'Bevestigd tot', control: dateInput('to', 'f-tot')}),
            ],
            onFilter: load,
            results,
        }),
        results);

    async function load(filters = {}) {
        const items = await api.get(`/api/decisions${query(filters)}`);
        const informed = await raadInforming();
        replaceChildren(results,
            h('h2', {}, items.length === 1 ? '1 bevestiging' : `${items.length} bevestigingen`),
            items.length ? h('ul', {class: 'lijst'}, items.map(item => decision(item, terms, informed(item.assessmentId, item.cycle))))
                : h('p', {class: 'leeg'}, 'Geen bevestigingen gevonden.'));
    }

    await load();
}

function decision(item, terms, informed) {
    return h('li', {},
        h('h3', {}, `${terms.theme(item.themeCode)}: ${terms.titleOf(item)}`),
        // a decision rests on the current proposal, the last revision of its cycle; item.revision counts across cycles
        h('p', {}, `Bevestigd op ${moment(item.decidedAt)} (cyclus ${item.cycle}, ${revisionText(item.revisions, item.revisions)}). `
            + `Doorlooptijd vanaf het eerste voorstel: ${days(item.leadTimeDays)}.`),
        h('ul', {}, terms.layers.map(layer => h('li', {}, `${layer.name}: `, h('strong', {}, terms.scale(item.scales[layer.code]))))),
        h('p', {}, 'Bevestigd door: ', (item.confirmations || [])
            .map(c => `${terms.gemeente(c.gemeente)} (${date(c.at)})`).join(', ') || '–'),
        informingLine(informed, terms),
        (item.responsibilities || []).length ? h('p', {}, 'Verantwoordelijkheden: ', item.responsibilities
            .map(r => `${terms.layer(r.layer)} ${r.kind.toLowerCase()}: ${r.holder}`).join('; ')) : null,
        (item.preconditions || []).length ? h('p', {}, 'Randvoorwaarden: ', item.preconditions.map(p => p.text).join('; ')) : null,
        h('p', {}, h('a', {href: `#/afweging/${encodeURIComponent(item.assessmentId)}`}, 'Naar de afweging'), ' · ',
            h('a', {href: `#/afweging/${encodeURIComponent(item.assessmentId)}/geschiedenis`}, 'Geschiedenis')),
        decisionLinks(item.assessmentId, item.decisionId));
}
