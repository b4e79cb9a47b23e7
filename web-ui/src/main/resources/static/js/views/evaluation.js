/**
 * Evaluatie: the evaluation report of a period, read as the region's own four reflection questions, each answered
 * with the record's figures in words, charts (server-drawn SVG, each with its summary and its data table one click
 * away) and tables with names; optionally a second period side by side with the differences called out; and the
 * exports (printable document, spreadsheet, CSV, JSON). Every section says so when it has nothing to show.
 */
import {api, query} from '../api.js';
import {h, replaceChildren} from '../dom.js';
import {field} from '../forms.js';
import {date, days, framework} from '../terms.js';
import {setTitle} from '../shell.js';
import {dateInput, filterForm} from './filters.js';

const NUMBER = {maximumFractionDigits: 1};

export async function evaluation(container) {
    setTitle('Evaluatie');
    const terms = await framework();
    const results = h('div', {id: 'evaluatie'});
    const downloadMessage = h('div', {role: 'status'});
    let period = {};
    const printable = h('a', {id: 'download-document', href: '/api/evaluation/report.html', target: '_blank',
        rel: 'noopener'}, 'Rapport om af te drukken (opent in een nieuw tabblad)');
    container.append(
        h('h1', {}, 'Evaluatierapport'),
        h('p', {}, 'Voor de evaluatie van de centrumregeling in 2028 en de tussentijdse reflectie: de vier vragen die '
            + 'de regio zich stelt, beantwoord met wat Regiokompas heeft vastgelegd. Kies een periode, en desgewenst '
            + 'een tweede periode om mee te vergelijken.'),
        filterForm({
            id: 'evaluatie-periode',
            title: 'Periode',
            fields: [
                field({label: 'Vanaf (datum)', control: dateInput('from', 'e-van')}),
                field({label: 'Tot (datum, niet inbegrepen)', control: dateInput('to', 'e-tot')}),
                field({label: 'Vergelijken met: vanaf (datum)', control: dateInput('compareFrom', 'e-vergelijk-van')}),
                field({label: 'Vergelijken met: tot (datum)', control: dateInput('compareTo', 'e-vergelijk-tot')}),
            ],
            results,
            onFilter: chosen => {
                period = chosen;
                return load();
            },
        }),
        h('section', {'aria-labelledby': 'downloads-kop'},
            h('h2', {id: 'downloads-kop'}, 'Downloaden en afdrukken'),
            h('ul', {class: 'downloads'},
                h('li', {}, printable, ' (voor de gemeenteraad, met grafieken en het anker om de cijfers later te controleren)'),
                downloadLink('download-excel', 'Download voor Excel', '/api/evaluation/report/spreadsheet', 'text/csv',
                    'regiokompas-evaluatierapport.csv', 'Nederlandse kolomnamen en namen, puntkomma\'s en decimale komma\'s'),
                downloadLink('download-csv', 'CSV (machineleesbaar)', '/api/evaluation/report', 'text/csv',
                    'evaluatierapport.csv', 'codes, komma\'s en decimale punten, voor scripts'),
                downloadLink('download-json', 'JSON', '/api/evaluation/report', 'application/json',
                    'evaluatierapport.json', 'alle gegevens, voor scripts', {detail: 'all'}),
                downloadLink('download-bevestigingen', 'Bevestigingen afzonderlijk, voor Excel', '/api/evaluation/spreadsheet',
                    'text/csv', 'regiokompas-evaluatie.csv', 'één regel per bestuurlijke bevestiging'))),
        downloadMessage,
        results);

    /** A link to the export for the chosen period; fetched with the right Accept header and saved. */
    function downloadLink(id, label, path, accept, filename, explanation, extra = {}) {
        const link = h('a', {id, href: path, download: filename}, label);
        link.addEventListener('click', event => {
            event.preventDefault();
            download(`${path}${query({...reportPeriod(), ...extra})}`, accept, filename);
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

    await load();

    function reportPeriod() {
        return {from: period.from, to: period.to};
    }

    function comparing() {
        return Boolean((period.compareFrom || '').trim() || (period.compareTo || '').trim());
    }

    async function load() {
        const [report, charts, comparison] = await Promise.all([
            api.get(`/api/evaluation/report${query(reportPeriod())}`),
            api.get(`/api/evaluation/report/charts${query(reportPeriod())}`),
            comparing() ? api.get(`/api/evaluation/report/comparison${query(period)}`) : Promise.resolve(null),
        ]);
        printable.setAttribute('href', `/api/evaluation/report.html${query(period)}`);
        const prompts = terms.reflectionPrompts.length ? terms.reflectionPrompts : QUESTIONS;
        const answers = [working, rightThings, roles, mandates];
        replaceChildren(results,
            h('h2', {id: 'rapport-periode'}, `Periode: ${report.period.label}`),
            comparison ? differences(comparison) : null,
            prompts.map((prompt, index) => h('section', {'aria-labelledby': `vraag-${index + 1}`, class: 'rapportvraag'},
                h('h2', {id: `vraag-${index + 1}`}, `${index + 1}. ${prompt}`),
                answers[index] ? answers[index](report, charts) : null,
                reflections(report, prompt))));
    }

    /** A chart: the picture, its summary in words, and its data as a table one click away. */
    function chartFigure(chart, level = 'h4') {
        if (!chart) {
            return null;
        }
        const headingId = `grafiek-${chart.id}-kop`;
        return h('figure', {class: 'grafiek', id: `grafiek-${chart.id}`, 'aria-labelledby': headingId},
            h(level, {id: headingId}, chart.title),
            chart.categories.length
                ? h('img', {src: `/api/evaluation/report/charts/${encodeURIComponent(chart.id)}.svg${query(reportPeriod())}`,
                    alt: `Grafiek: ${chart.title} (samenvatting en gegevens hieronder)`, width: '720'})
                : null,
            h('figcaption', {}, h('p', {class: 'grafiek-samenvatting'}, chart.summary)),
            chart.categories.length ? h('details', {class: 'grafiek-gegevens'},
                h('summary', {}, `Gegevens van de grafiek als tabel`),
                table(`Gegevens: ${chart.title}`, [chart.categoryLabel, ...chart.series.map(series => series.name)],
                    chart.categories.map((category, index) => [category,
                        ...chart.series.map(series => chartValue(chart, series.values[index]))]))) : null);
    }

    function working(report, charts) {
        const lead = report.leadTimes;
        const route = report.route;
        return [
            h('h3', {}, 'Doorlooptijden'),
            h('p', {}, [averageSentence('Van opening tot eerste voorstel', lead.toFirstProposal),
                averageSentence('van opening tot bestuurlijke bevestiging', lead.toBevestiging),
                averageSentence('van opening tot de formele besluiten', lead.toFormalDecisions)].join('; ')
                + `. Gemiddeld ${number(lead.averageRevisions)} revisies per cyclus.`),
            h('p', {}, `Wachttijd: ${waiting('op interventies', lead.waiting.interventions)}; `
                + `${waiting('op zienswijzen', lead.waiting.zienswijzen)}; ${waiting('op de raad', lead.waiting.raad)}.`),
            chartFigure(byId(charts, 'doorlooptijden')),
            table('Doorlooptijden per thema in dagen', ['Thema', 'Tot eerste voorstel', 'Tot bestuurlijke bevestiging',
                'Tot formele besluiten', 'Revisies (gemiddeld)', 'Dagen wachten op interventies'],
            lead.perTheme.map(theme => [theme.themeName, averageDays(theme.toFirstProposal),
                averageDays(theme.toBevestiging), averageDays(theme.toFormalDecisions), number(theme.averageRevisions),
                number(theme.daysWaitingOnInterventions)])),
            table('Doorlooptijd tot het formele besluit per gemeente', ['Gemeente', 'Tot formeel besluit (dagen)',
                'Interventies', 'Dagen wachten op interventies'],
            lead.perGemeente.map(gemeente => [gemeente.gemeenteName, averageDays(gemeente.toFormalDecision),
                gemeente.interventions, number(gemeente.daysWaitingOnInterventions)])),
            h('h3', {}, 'De route'),
            table('Thema\'s per fase aan het eind van de periode', ['Thema', 'Fase', 'Sinds'],
                route.themesAtEnd.map(theme => [theme.themeName, theme.phaseName, theme.since ? date(theme.since) : '–'])),
            table('Gekozen samenwerkingsvormen', ['Vorm', 'Thema\'s', 'Gekozen op', 'Valt onder de centrumregeling'],
                route.forms.map(form => [form.formName, names(form.themes), date(form.chosenAt),
                    form.centrumregeling ? 'ja' : 'nee'])),
            shownOf(report, 'route.forms'),
        ];
    }

    function rightThings(report, charts) {
        const scales = report.scales;
        return [
            h('h3', {}, 'Schaal per laag per cyclus'),
            h('p', {}, `${scales.changes} ${scales.changes === 1 ? 'wijziging' : 'wijzigingen'} in schaal tussen cycli. `
                + `Van ${scales.proposals} voorstellen weken er ${scales.proposalsDeviating} af van de inbreng van de gemeenten.`),
            scales.perTheme.length ? charts.filter(chart => chart.id.startsWith('schaal-')).map(chart => chartFigure(chart))
                : h('p', {class: 'leeg'}, 'Geen bestuurlijk bevestigde cycli in deze periode.'),
            table('Voorstellen die afweken van de inbreng, met de reden', ['Thema', 'Cyclus, revisie', 'Laag',
                'Voorgestelde schaal', 'Reden', 'Door, op'],
            scales.deviations.map(deviation => [deviation.themeName, `${deviation.cycle}, ${deviation.revision}`,
                deviation.layerName, deviation.scaleName, deviation.reason || '–',
                `${deviation.proposedByName || 'onbekend'}, ${date(deviation.proposedAt)}`])),
            shownOf(report, 'scales.deviations'),
        ];
    }

    function roles(report, charts) {
        const raad = report.raad;
        const heads = first => [first, 'Kaders vóór het eerste voorstel', 'Kaders terwijl een voorstel lag',
            'Zienswijzen', 'Bevestigingen', 'Op de raad gewacht', 'Geïnformeerd', 'Te laat', 'Niet binnen de termijn',
            'Dagen tot informeren (gemiddeld)'];
        const rows = figures => figures.map(f => [f.name, f.kadersBeforeFirstProposal, f.kadersAfterFirstProposal,
            f.zienswijzen, f.confirmations, f.confirmationsNeedingRaad, f.informings, f.lateInformings,
            f.notInformedInTime, averageDays(f.daysToInforming)]);
        return [
            h('h3', {}, 'De raad'),
            raad.available ? h('p', {}, raad.sentence) : null,
            chartFigure(byId(charts, 'raad')),
            table('De raad per gemeente', heads('Gemeente'), rows(raad.perGemeente)),
            table('De raad per thema', heads('Thema'), rows(raad.perTheme)),
            table('Kaders, zienswijzen en informeren van de raad', ['Soort', 'Thema', 'Gemeente', 'Op', 'Dagen',
                'Te laat', 'Toelichting'],
            raad.items.map(item => [item.kindName, item.themeName || '–', item.gemeenteName || '–', date(item.at),
                item.days === null ? '–' : number(item.days), item.late ? 'te laat' : '', item.text || ''])),
            shownOf(report, 'raad.items'),
        ];
    }

    function mandates(report, charts) {
        const interventions = report.interventions;
        const mandate = report.mandates;
        return [
            h('h3', {}, 'Lokale interventies'),
            h('p', {}, `${interventions.total} interventies, waarvan ${interventions.open} nog open en `
                + `${interventions.referred} doorverwezen naar de Bestuurstafel.`
                + (interventions.trend && interventions.trend.sentence ? ` ${interventions.trend.sentence}` : '')),
            chartFigure(byId(charts, 'interventies')),
            counts('Interventies per gemeente', 'Gemeente', interventions.perGemeente),
            counts('Interventies per soort', 'Soort', interventions.perKind),
            counts('Interventies per laag', 'Laag', interventions.perLayer),
            counts('Hoe de interventies afliepen', 'Afloop', interventions.perOutcome),
            h('h3', {}, 'Mandaten'),
            h('p', {}, `${mandate.confirmationsInside} bevestigingen en ${mandate.interventionsInside} interventies vielen `
                + `binnen een geregistreerd mandaat; ${mandate.confirmationsOutside} bevestigingen en `
                + `${mandate.interventionsOutside} interventies daarbuiten. Thema's zonder actief mandaat: `
                + `${mandate.themesWithoutActiveMandate.length ? names(mandate.themesWithoutActiveMandate) : 'geen'}.`),
            table('Mandaten per thema', ['Thema', 'Bestuurlijk opdrachtgever', 'Bevestigingen binnen / buiten',
                'Interventies binnen / buiten'],
            mandate.perTheme.map(theme => [theme.themeName,
                theme.activeMandateId ? (theme.bestuurlijkOpdrachtgever || '–') : 'geen actief mandaat',
                `${theme.confirmationsInside} / ${theme.confirmationsOutside}`,
                `${theme.interventionsInside} / ${theme.interventionsOutside}`])),
        ];
    }

    /** The answers given to one question, grouped per level, as text people read. */
    function reflections(report, prompt) {
        const levels = (report.reflections.perPrompt || [])
            .flatMap((answers, p) => answers.prompt === prompt
                ? answers.levels.map((level, l) => ({...level, path: `reflections.perPrompt[${p}].levels[${l}].answers`}))
                : [])
            .filter(level => level.answers.length);
        return [
            h('h3', {}, 'Reflecties op deze vraag'),
            levels.length ? levels.map(level => [
                h('h4', {}, `${level.levelName} (${(listSize(report, level.path) || {total: level.answers.length}).total})`),
                shownOf(report, level.path),
                h('ul', {class: 'reflecties'}, level.answers.map(answer => h('li', {},
                    h('blockquote', {}, h('p', {}, answer.text)),
                    h('p', {class: 'klein'}, [answer.byName || 'onbekend', date(answer.recordedAt), answer.themeName]
                        .filter(Boolean).join(', '))))),
            ]) : h('p', {class: 'leeg'}, 'Geen reflecties op deze vraag in deze periode.'),
        ];
    }

    function differences(comparison) {
        const listed = comparison.differences.filter(difference => difference.sentence);
        return h('section', {'aria-labelledby': 'verschillen-kop', id: 'verschillen'},
            h('h2', {id: 'verschillen-kop'}, `Vergeleken: ${comparison.a.period.label} en ${comparison.b.period.label}`),
            listed.length ? h('ul', {class: 'verschillen'}, listed.map(difference => h('li', {}, difference.sentence)))
                : h('p', {class: 'leeg'}, 'Geen verschillen om te noemen.'),
            table('De belangrijkste cijfers van beide perioden naast elkaar', ['Cijfer', comparison.a.period.label,
                comparison.b.period.label, 'Verschil'],
            comparison.differences.map(difference => [difference.label, figure(difference.a, difference.unit),
                figure(difference.b, difference.unit), signed(difference.difference, difference.unit)])));
    }
}

/** The questions of the seed framework, for a framework that has none. */
const QUESTIONS = ['Werkt het zoals bedoeld?', 'Doen we de juiste dingen?', 'Zijn de rollen helder?',
    'Worden mandaten gevolgd, of wordt er lokaal geïntervenieerd?'];

/** A table with a caption and scoped heads in a scrollable, focusable region; says so when there are no rows. */
function table(caption, heads, rows) {
    if (!rows.length) {
        return h('p', {class: 'leeg'}, `${caption}: geen in deze periode.`);
    }
    return h('div', {class: 'tabelhouder', tabindex: '0', role: 'region', 'aria-label': caption},
        h('table', {},
            h('caption', {}, caption),
            h('thead', {}, h('tr', {}, heads.map(head => h('th', {scope: 'col'}, head)))),
            h('tbody', {}, rows.map(row => h('tr', {},
                h('th', {scope: 'row'}, String(row[0])),
                row.slice(1).map(cell => h('td', {}, cell === null || cell === undefined ? '–' : String(cell))))))));
}

/** The size of a list the answer cut to its most recent items; undefined when the list is whole. */
function listSize(report, path) {
    return ((report.detail && report.detail.lists) || []).find(size => size.list === path);
}

/** Says that a table shows only the most recent items, and where all of them are. */
function shownOf(report, path) {
    const size = listSize(report, path);
    return size ? h('p', {class: 'klein ingekort'}, `De ${size.shown} meest recente van ${size.total}; `
        + 'alle staan in het rapport om af te drukken en in de JSON-download hierboven.') : null;
}

function counts(caption, what, list) {
    return table(caption, [what, 'Aantal'], list.map(item => [item.name, item.count]));
}

function byId(charts, id) {
    return charts.find(chart => chart.id === id);
}

function chartValue(chart, value) {
    if (value === null || value === undefined) {
        return '–';
    }
    if (chart.valueNames && chart.valueNames.length) {
        return chart.valueNames[Math.round(value) - 1] || '–';
    }
    return number(value);
}

function number(value) {
    return value === null || value === undefined ? '–' : Number(value).toLocaleString('nl-NL', NUMBER);
}

function averageDays(average) {
    return average && average.averageDays !== null ? number(average.averageDays) : '–';
}

function averageSentence(what, average) {
    if (!average || average.averageDays === null) {
        return `${what}: nog geen traject in deze periode`;
    }
    return `${what}: gemiddeld ${days(average.averageDays)} (${average.count} ${average.count === 1 ? 'traject' : 'trajecten'})`;
}

function waiting(what, on) {
    if (!on.available) {
        return `${what} nog niet vastgelegd`;
    }
    return `${what} ${days(on.totalDays)} in totaal over ${on.count} ${on.count === 1 ? 'geval' : 'gevallen'}`;
}

function names(list) {
    return list.map(item => item.name).join(', ');
}

function figure(value, unit) {
    if (value === null || value === undefined) {
        return '–';
    }
    return unit === 'aandeel' ? `${number(value * 100)}%` : number(value);
}

function signed(value, unit) {
    if (value === null || value === undefined) {
        return '–';
    }
    return `${value > 0 ? '+' : ''}${figure(value, unit)}`;
}
