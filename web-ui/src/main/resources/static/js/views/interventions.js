/**
 * Interventies: local interventions of the region with how long each was open, and per gemeente how many were
 * needed and how they ended (names, never codes or user ids).
 */
import {api, query} from '../api.js';
import {h, replaceChildren} from '../dom.js';
import {field, select} from '../forms.js';
import {date, duration, framework, INTERVENTION_KINDS, INTERVENTION_STATUS, moment} from '../terms.js';
import {setTitle} from '../shell.js';
import {filterForm} from './filters.js';

export async function interventions(container) {
    setTitle('Interventies');
    const terms = await framework();
    const results = h('div', {id: 'interventies-lijst'});
    const perGemeente = h('div', {id: 'interventies-per-gemeente'});
    const options = list => list.map(item => ({value: item.code, label: item.name}));
    container.append(
        h('h1', {}, 'Interventies'),
        h('p', {}, 'Lokale interventies op regionale voorstellen: wie intervenieerde, waarom, en hoe lang de '
            + 'interventie openstond.'),
        filterForm({
            id: 'interventies-filter',
            fields: [
                field({label: 'Gemeente', control: select('gemeente', options(terms.gemeenten), {empty: 'Alle gemeenten', id: 'fi-gemeente'})}),
                field({label: 'Status', control: select('status', Object.entries(INTERVENTION_STATUS).map(([value, label]) => ({value, label})),
                    {empty: 'Alle statussen', id: 'fi-status'})}),
                field({label: 'Thema', control: select('themeCode', options(terms.themes), {empty: 'Alle thema\'s', id: 'fi-thema'})}),
            ],
            onFilter: load,
            results,
        }),
        perGemeente,
        results);

    function summary(items) {
        const outcomes = Object.keys(INTERVENTION_STATUS).filter(code => items.some(item => item.status === code));
        const gemeenten = terms.gemeenten.filter(g => items.some(item => item.gemeente === g.code));
        if (!gemeenten.length) {
            return [];
        }
        return [h('h2', {}, 'Per gemeente'),
            h('div', {class: 'tabelhouder', tabindex: '0', role: 'region', 'aria-labelledby': 'per-gemeente-caption'},
                h('table', {},
                    h('caption', {id: 'per-gemeente-caption'}, 'Hoeveel interventies nodig waren en hoe ze afliepen'),
                    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Gemeente'), h('th', {scope: 'col'}, 'Interventies'),
                        outcomes.map(code => h('th', {scope: 'col'}, INTERVENTION_STATUS[code])))),
                    h('tbody', {}, gemeenten.map(g => {
                        const own = items.filter(item => item.gemeente === g.code);
                        return h('tr', {id: `per-gemeente-${g.code}`}, h('th', {scope: 'row'}, g.name), h('td', {}, String(own.length)),
                            outcomes.map(code => h('td', {}, String(own.filter(item => item.status === code).length))));
                    }))))];
    }

    async function load(filters = {}) {
        const items = await api.get(`/api/interventions${query(filters)}`);
        replaceChildren(perGemeente, summary(items));
        replaceChildren(results, items.length
            ? h('div', {class: 'tabelhouder', tabindex: '0', role: 'region', 'aria-labelledby': 'interventies-caption'},
                h('table', {},
                    h('caption', {id: 'interventies-caption'}, items.length === 1 ? '1 interventie' : `${items.length} interventies`),
                    h('thead', {}, h('tr', {}, ['Thema', 'Gemeente', 'Laag', 'Soort', 'Reden', 'Status', 'Ingediend', 'Open gedurende']
                        .map(text => h('th', {scope: 'col'}, text)))),
                    h('tbody', {}, items.map(item => h('tr', {},
                        h('td', {}, h('a', {href: `#/afweging/${encodeURIComponent(item.assessmentId)}`}, terms.theme(item.themeCode))),
                        h('td', {}, terms.gemeente(item.gemeente)),
                        h('td', {}, terms.layer(item.layer)),
                        h('td', {}, INTERVENTION_KINDS[item.kind] || item.kind),
                        h('td', {class: 'celtekst'}, item.reason,
                            item.note ? h('span', {class: 'wie'}, `Afhandeling: ${item.note}`) : null),
                        h('td', {}, INTERVENTION_STATUS[item.status] || item.status,
                            item.status === 'OPEN' && item.bestuurstafelOn ? h('span', {class: 'wie'}, `Bestuurstafel ${date(item.bestuurstafelOn)}`) : null),
                        h('td', {}, moment(item.openedAt), h('span', {class: 'wie'}, item.openedByName || 'onbekend')),
                        h('td', {}, duration(item.openDurationSeconds)))))))
            : h('p', {class: 'leeg'}, 'Geen interventies gevonden.'));
    }

    await load();
}
