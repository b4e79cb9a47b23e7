/**
 * Route: the region's route through the four phases, the page a bestuurder opens first. The agenda in the
 * Bestuurstafel's order with each theme's phase, the scores of the gemeenten and what comes next; forms for
 * scoring (strateeg), adding a theme and recording the Bestuurstafel (programmateam); the shared glossary.
 */
import {api} from '../api.js';
import {h, replaceChildren} from '../dom.js';
import {field, form, input, select, showSuccess, textarea, values} from '../forms.js';
import {framework, moment} from '../terms.js';
import {announce, setTitle} from '../shell.js';

const SCORES = [1, 2, 3, 4, 5].map(n => ({value: String(n), label: `${n}${n === 1 ? ' (laag)' : n === 5 ? ' (hoog)' : ''}`}));
const SUGGESTED_TERMS = ['regionaal oppakken', 'lokale autonomie', 'mandaat', 'uitvoering'];

export async function route(container, {me}) {
    setTitle('Route');
    const terms = await framework();
    const agenda = h('div', {id: 'route-agenda'});
    const glossary = h('div', {id: 'begrippen'});
    const forms = h('div', {id: 'route-formulieren'});
    container.append(
        h('h1', {}, 'Route van de regio'),
        h('p', {}, 'De regio werkt in vier fasen: het afwegingskader samen vaststellen, de thema\'s verkennen en '
            + 'prioriteren, het kader per thema toepassen, en daarna pas de vorm kiezen. Hier ziet u welke thema\'s '
            + 'op de agenda staan, waar elk thema is en wat de volgende stap is.'),
        phases(terms),
        h('section', {class: 'sectie', 'aria-labelledby': 'agenda-titel'},
            h('h2', {id: 'agenda-titel'}, 'Agenda van de regio'), agenda),
        forms,
        h('section', {class: 'sectie', 'aria-labelledby': 'begrippen-titel'},
            h('h2', {id: 'begrippen-titel'}, 'Gemeenschappelijke begrippen'),
            h('p', {}, 'Fase 2 vraagt om een gemeenschappelijke taal. Iedereen in de regio kan een begrip '
                + 'omschrijven; elke wijziging blijft bewaard.'),
            glossary),
        historySection());

    let current = null;

    async function load(expect) {
        let route = await api.get('/api/route');
        // The route is a projection: after a write, ask again until it shows the write (up to 90 s on a busy server).
        for (let attempt = 0; attempt < 180 && expect && !expect(route); attempt += 1) {
            await new Promise(resolve => setTimeout(resolve, 500));
            route = await api.get('/api/route');
        }
        current = route;
        replaceChildren(agenda, meeting(route), agendaTable(route, terms));
        replaceChildren(glossary, glossaryList(route));
        return route;
    }

    await load();
    const allowed = current.allowed;
    if (allowed.mayScoreFor.length) {
        forms.append(h('section', {class: 'sectie', 'aria-label': 'Thema scoren'}, scoreForm(current, terms, allowed, load)));
    }
    if (allowed.mayRecordBestuurstafel) {
        forms.append(h('section', {class: 'sectie', 'aria-label': 'Bestuurstafel vastleggen'}, bestuurstafelForm(() => current, load)));
    }
    if (allowed.mayAddTheme) {
        forms.append(h('section', {class: 'sectie', 'aria-label': 'Thema toevoegen'}, themeForm(load)));
    }
    if (allowed.mayEditGlossary) {
        glossary.after(glossaryForm(() => current, load));
    }
}

/** Every change of the route and the framework with who and when, folded away until asked for. */
function historySection() {
    const list = h('div', {id: 'route-geschiedenis'});
    const details = h('details', {class: 'sectie'}, h('summary', {}, 'Geschiedenis van de route en het afwegingskader'), list);
    details.addEventListener('toggle', async () => {
        if (!details.open) {
            return;
        }
        const changes = await api.get('/api/route/history');
        replaceChildren(list, changes.length ? h('ol', {class: 'lijst'}, [...changes].reverse().map(change => h('li', {},
            h('p', {class: 'wie'}, `${moment(change.at)}, door ${change.by || 'onbekend'}`),
            h('p', {class: 'celtekst'}, change.description)))) : h('p', {class: 'leeg'}, 'Nog geen wijzigingen.'));
    });
    return details;
}

function phases(terms) {
    const named = (terms.content.phases || []).map(phase => h('li', {}, h('strong', {}, phase.name), ` – ${phase.meaning}`));
    return h('section', {class: 'sectie', 'aria-labelledby': 'fasen-titel'},
        h('h2', {id: 'fasen-titel'}, 'De vier fasen'),
        h('ol', {class: 'fasen'}, named),
        h('p', {}, `Fase 1: versie ${terms.version} van het afwegingskader is in werking. `,
            h('a', {href: '#/kader'}, 'Bekijk het afwegingskader en de voorstellen voor een nieuwe versie'), '.'));
}

function meeting(route) {
    const latest = route.bestuurstafel;
    if (!latest) {
        return h('p', {class: 'leeg'}, 'De Bestuurstafel heeft nog geen volgorde vastgesteld; de thema\'s staan op volgorde van hun scores.');
    }
    return h('p', {id: 'bestuurstafel-laatste'}, `Volgorde en huidige ronde vastgesteld door de Bestuurstafel van ${latest.meetingDate}`,
        latest.note ? `: ${latest.note}` : '.');
}

function agendaTable(route, terms) {
    if (!route.themes.length) {
        return h('p', {class: 'leeg'}, 'Er staan nog geen thema\'s op de agenda.');
    }
    return h('div', {class: 'tabelhouder', tabindex: '0', role: 'region', 'aria-labelledby': 'route-caption'},
        h('table', {id: 'route-tabel'},
            h('caption', {id: 'route-caption'}, `Thema's op de agenda (${route.themes.length}), in volgorde`),
            h('thead', {}, h('tr', {},
                h('th', {scope: 'col', class: 'getal'}, 'Plaats'),
                h('th', {scope: 'col'}, 'Thema'),
                h('th', {scope: 'col'}, 'Fase'),
                h('th', {scope: 'col', class: 'getal'}, 'Urgent'),
                h('th', {scope: 'col', class: 'getal'}, 'Kansrijk'),
                h('th', {scope: 'col'}, 'Scores per gemeente'),
                h('th', {scope: 'col'}, 'Volgende stap'))),
            h('tbody', {}, route.themes.map(theme => h('tr', {id: `route-${theme.themeCode}`},
                h('td', {class: 'getal'}, theme.position ?? '–'),
                h('th', {scope: 'row'}, theme.name,
                    theme.source === 'AGENDA' ? h('span', {class: 'hulp'}, ` (toegevoegd: ${theme.description})`) : null,
                    theme.assessmentId ? h('span', {}, ' ', h('a', {href: `#/afweging/${encodeURIComponent(theme.assessmentId)}`},
                        `afweging ${theme.name}`)) : null),
                h('td', {}, h('span', {class: `label-fase label-fase--${theme.phase}`}, theme.phaseName),
                    theme.inCurrentRound && theme.phase !== 'IN_RONDE' ? ' (in huidige ronde)' : null,
                    theme.governanceForm ? ` – ${terms.content.governanceForms.find(f => f.code === theme.governanceForm)?.name || theme.governanceForm}` : null),
                h('td', {class: 'getal'}, theme.averageUrgency ?? '–'),
                h('td', {class: 'getal'}, theme.averageOpportunity ?? '–'),
                h('td', {}, theme.scores.length ? h('ul', {class: 'scores'}, theme.scores.map(score => h('li', {},
                    h('strong', {}, terms.gemeente(score.gemeente)), `: urgent ${score.urgency}, kansrijk ${score.opportunity}. `,
                    h('span', {class: 'celtekst'}, score.argument)))) : 'Nog geen scores'),
                h('td', {}, theme.nextStep))))));
}

function glossaryList(route) {
    if (!route.glossary.length) {
        return h('p', {class: 'leeg'}, `Nog geen begrippen omschreven. Begin bijvoorbeeld met ${SUGGESTED_TERMS.map(t => `"${t}"`).join(', ')}.`);
    }
    return h('dl', {class: 'begrippenlijst'}, route.glossary.map(entry => [
        h('dt', {}, entry.term),
        h('dd', {}, h('p', {class: 'celtekst'}, entry.text),
            h('p', {class: 'wie'}, `Versie ${entry.revision}, ${moment(entry.at)}`))]));
}

function scoreForm(route, terms, allowed, reload) {
    const gemeente = allowed.mayScoreFor[0];
    return form({
        id: 'score-formulier',
        title: `Thema scoren voor ${terms.gemeente(gemeente)}`,
        titleLevel: 'h2',
        submitLabel: 'Score vastleggen',
        fields: [
            h('div', {class: 'velden'},
                field({label: 'Thema', control: select('themeCode', route.themes.map(t => ({value: t.themeCode, label: t.name})),
                    {empty: 'Kies een thema', id: 'score-thema'})}),
                field({label: 'Urgent', hint: '1 (laag) tot 5 (hoog)', control: select('urgency', SCORES, {empty: 'Kies', id: 'score-urgentie'})}),
                field({label: 'Kansrijk', hint: '1 (laag) tot 5 (hoog)', control: select('opportunity', SCORES, {empty: 'Kies', id: 'score-kansrijk'})})),
            field({label: 'Onderbouwing', control: textarea('argument', {id: 'score-onderbouwing', rows: 3})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            if (!data.themeCode) {
                throw {status: 400, problem: {detail: 'Kies een thema.', errors: [{field: 'themeCode', message: 'Kies een thema.'}]}, message: 'Kies een thema.'};
            }
            await api.post(`/api/route/themes/${encodeURIComponent(data.themeCode)}/scores`, {
                gemeente, urgency: data.urgency ? Number(data.urgency) : null,
                opportunity: data.opportunity ? Number(data.opportunity) : null, argument: data.argument,
            });
            showSuccess(formElement, 'Uw score is vastgelegd.');
            formElement.reset();
            await reload(next => next.themes.some(t => t.themeCode === data.themeCode
                && t.scores.some(s => s.gemeente === gemeente && s.argument === data.argument.trim())));
            announce('De agenda is bijgewerkt.');
        },
    });
}

function bestuurstafelForm(currentRoute, reload) {
    const rows = h('div', {id: 'bestuurstafel-themas'});
    const fill = () => replaceChildren(rows, h('table', {},
        h('caption', {}, 'Plaats en ronde per thema'),
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Thema'), h('th', {scope: 'col'}, 'Plaats'),
            h('th', {scope: 'col'}, 'Huidige ronde'))),
        h('tbody', {}, currentRoute().themes.map(theme => h('tr', {},
            h('th', {scope: 'row', id: `bt-naam-${theme.themeCode}`}, theme.name),
            h('td', {}, h('input', {type: 'number', min: '1', max: '200', name: 'plaats', id: `bt-plaats-${theme.themeCode}`,
                'data-thema': theme.themeCode, value: theme.position ?? '', class: 'getalveld',
                'aria-labelledby': `bt-naam-${theme.themeCode} bt-plaats-kop`})),
            h('td', {}, h('input', {type: 'checkbox', name: 'ronde', id: `bt-ronde-${theme.themeCode}`, value: theme.themeCode,
                checked: theme.inCurrentRound, 'aria-label': `${theme.name} in de huidige ronde`})))))));
    fill();
    const element = form({
        id: 'bestuurstafel-formulier',
        title: 'Besluit van de Bestuurstafel vastleggen',
        titleLevel: 'h2',
        submitLabel: 'Volgorde en ronde vastleggen',
        fields: [
            field({label: 'Datum van de Bestuurstafel', control: input('meetingDate', {type: 'date', id: 'bt-datum'})}),
            h('p', {class: 'hulp', id: 'bt-plaats-kop'}, 'Plaats: 1 is de eerste; laat leeg voor thema\'s zonder plaats.'),
            rows,
            field({label: 'Toelichting (optioneel)', control: textarea('note', {id: 'bt-toelichting', rows: 2})}),
        ],
        onSubmit: async formElement => {
            const places = [...formElement.querySelectorAll('input[name="plaats"]')]
                .filter(box => box.value.trim() !== '')
                .sort((a, b) => Number(a.value) - Number(b.value))
                .map(box => box.dataset.thema);
            const round = [...formElement.querySelectorAll('input[name="ronde"]')].filter(box => box.checked).map(box => box.value);
            const data = values(formElement);
            await api.post('/api/route/bestuurstafel', {meetingDate: data.meetingDate, order: places, currentRound: round, note: data.note});
            showSuccess(formElement, 'Het besluit van de Bestuurstafel is vastgelegd.');
            await reload(next => next.bestuurstafel && next.bestuurstafel.meetingDate === data.meetingDate
                && JSON.stringify(next.bestuurstafel.order) === JSON.stringify(places));
            fill();
            announce('De volgorde van de agenda is bijgewerkt.');
        },
    });
    return element;
}

function themeForm(reload) {
    return form({
        id: 'thema-formulier',
        title: 'Thema op de agenda zetten',
        titleLevel: 'h2',
        submitLabel: 'Thema toevoegen',
        fields: [
            h('div', {class: 'velden'},
                field({label: 'Code', hint: 'Hoofdletters, cijfers en _, zoals WONEN_ZORG', control: input('themeCode', {id: 'thema-code', maxlength: 50})}),
                field({label: 'Naam', control: input('name', {id: 'thema-naam'})})),
            field({label: 'Beschrijving', control: textarea('description', {id: 'thema-beschrijving', rows: 3})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await api.post('/api/route/themes', data);
            showSuccess(formElement, `Thema ${data.name} staat op de agenda.`);
            formElement.reset();
            await reload(next => next.themes.some(t => t.themeCode === data.themeCode));
        },
    });
}

function glossaryForm(currentRoute, reload) {
    const known = () => currentRoute().glossary;
    const term = input('term', {id: 'begrip-term', maxlength: 200});
    term.setAttribute('list', 'begrip-suggesties');
    const text = textarea('text', {id: 'begrip-tekst', rows: 3});
    const suggestions = h('datalist', {id: 'begrip-suggesties'},
        [...new Set([...SUGGESTED_TERMS, ...known().map(entry => entry.term)])].map(value => h('option', {value})));
    term.addEventListener('change', () => {
        const entry = known().find(item => item.term.toLowerCase() === term.value.trim().toLowerCase());
        if (entry && !text.value.trim()) {
            text.value = entry.text;
        }
    });
    return form({
        id: 'begrip-formulier',
        title: 'Begrip omschrijven of bijwerken',
        titleLevel: 'h3',
        submitLabel: 'Begrip opslaan',
        fields: [
            field({label: 'Begrip', hint: 'Een bestaand begrip krijgt een nieuwe versie.', control: term}),
            suggestions,
            field({label: 'Omschrijving', control: text}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            const entry = known().find(item => item.term.toLowerCase() === data.term.trim().toLowerCase());
            const result = await api.post('/api/route/glossary', {term: data.term, text: data.text,
                expectedRevision: entry ? entry.revision : 0});
            showSuccess(formElement, `Begrip "${result.term}" opgeslagen (versie ${result.revision}).`);
            formElement.reset();
            await reload(next => next.glossary.some(item => item.term === result.term && item.revision === result.revision));
        },
    });
}
