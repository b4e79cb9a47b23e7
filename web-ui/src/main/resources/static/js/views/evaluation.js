/**
 * Evaluatie: decisions, lead times, scale changes, interventions and reflections over a period, with three
 * downloads: for a Dutch spreadsheet, machine-readable CSV and JSON.
 */
import {api, query} from '../api.js';
import {h, replaceChildren} from '../dom.js';
import {field} from '../forms.js';
import {count, date, days, framework, LEVELS} from '../terms.js';
import {setTitle} from '../shell.js';
import {dateInput, filterForm} from './filters.js';

export async function evaluation(container) {
    setTitle('Evaluatie');
    const terms = await framework();
    const results = h('div', {id: 'evaluatie'});
    const downloadMessage = h('div', {role: 'status'});
    let period = {};
    container.append(
        h('h1', {}, 'Evaluatie'),
        h('p', {}, 'Voor de evaluatie van de centrumregeling: per thema de bestuurlijke bevestigingen, het schaalniveau per laag door de tijd, '
            + 'de doorlooptijd van voorstel tot bevestiging, interventies per gemeente en reflecties.'),
        filterForm({
            id: 'evaluatie-periode',
            title: 'Periode',
            fields: [
                field({label: 'Vanaf (datum)', control: dateInput('from', 'e-van')}),
                field({label: 'Tot (datum, niet inbegrepen)', control: dateInput('to', 'e-tot')}),
            ],
            results,
            onFilter: chosen => {
                period = chosen;
                return load();
            },
        }),
        h('section', {'aria-labelledby': 'downloads-kop'},
            h('h2', {id: 'downloads-kop'}, 'Downloaden'),
            h('ul', {class: 'downloads'},
                downloadLink('download-excel', 'Download voor Excel', '/api/evaluation/spreadsheet', 'text/csv',
                    'regiokompas-evaluatie.csv', 'Nederlandse kolomnamen en namen, puntkomma\'s en decimale komma\'s'),
                downloadLink('download-csv', 'CSV (machineleesbaar)', '/api/evaluation', 'text/csv',
                    'evaluatie.csv', 'codes, komma\'s en decimale punten, voor scripts'),
                downloadLink('download-json', 'JSON', '/api/evaluation', 'application/json',
                    'evaluatie.json', 'alle gegevens, voor scripts'))),
        downloadMessage,
        results);

    /** A link to the export for the chosen period; fetched with the right Accept header and saved. */
    function downloadLink(id, label, path, accept, filename, explanation) {
        const link = h('a', {id, href: path, download: filename}, label);
        link.addEventListener('click', event => {
            event.preventDefault();
            download(`${path}${query(period)}`, accept, filename);
        });
        return h('li', {}, link, ` (${explanation})`);
    }

    async function download(path, accept, filename) {
        try {
            const blob = await api.download(path, accept);
            const url = URL.createObjectURL(blob);
            const link = h('a', {href: url, download: filename});
            document.body.append(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(url), 10000);
            downloadMessage.replaceChildren(h('p', {}, `Het bestand ${filename} is gedownload.`));
        } catch (error) {
            downloadMessage.replaceChildren(h('div', {class: 'melding melding--fout'}, h('p', {}, error.message)));
        }
    }

    async function load() {
        const result = await api.get(`/api/evaluation${query(period)}`);
        const themes = result.themes || [];
        replaceChildren(results,
            h('h2', {}, `Periode: ${result.from ? date(result.from) : 'het begin'} tot ${result.to ? date(result.to) : 'nu'}`),
            h('p', {}, 'Reflecties per niveau: ', Object.entries(result.reflectionsPerLevel || {})
                .map(([level, count]) => `${LEVELS[level] || level} ${count}`).join(', ') || 'geen'),
            themes.length ? themes.map(theme => h('section', {'aria-label': terms.theme(theme.themeCode)},
                h('h3', {}, terms.theme(theme.themeCode)),
                h('p', {}, `${theme.decisionCount} ${theme.decisionCount === 1 ? 'bevestiging' : 'bevestigingen'}; gemiddelde doorlooptijd `
                    + `${days(theme.averageLeadTimeDays)}; gemiddeld ${count(Number(theme.averageRevisions || 0), 'revisie', 'revisies')}.`),
                Object.keys(theme.interventionsPerGemeente || {}).length ? h('p', {}, 'Interventies per gemeente: ',
                    Object.entries(theme.interventionsPerGemeente).map(([g, n]) => `${terms.gemeente(g)} ${n}`).join(', ')) : null,
                (theme.decisions || []).length ? h('div', {class: 'tabelhouder', tabindex: '0', role: 'region',
                    'aria-label': `Bevestigingen ${terms.theme(theme.themeCode)}`},
                h('table', {},
                    h('caption', {class: 'visueel-verborgen'}, `Bevestigingen ${terms.theme(theme.themeCode)}`),
                    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Bevestigd op'), h('th', {scope: 'col'}, 'Cyclus'),
                        terms.layers.map(layer => h('th', {scope: 'col'}, layer.name)),
                        h('th', {scope: 'col'}, 'Doorlooptijd'), h('th', {scope: 'col'}, 'Wijzigingen in schaal'))),
                    h('tbody', {}, theme.decisions.map(decision => h('tr', {},
                        h('td', {}, date(decision.decidedAt)),
                        h('td', {}, decision.cycle),
                        terms.layers.map(layer => h('td', {}, terms.scale((decision.scales || {})[layer.code]))),
                        h('td', {}, days(decision.leadTimeDays)),
                        h('td', {}, Object.entries(decision.scaleChanges || {}).map(([layer, change]) =>
                            `${terms.layer(layer)}: ${change.split('>').map(s => terms.scale(s)).join(' → ')}`).join('; ') || '–')))))) : null))
                : h('p', {class: 'leeg'}, 'Geen bevestigingen in deze periode.'));
    }

    await load();
}
