/**
 * Vormafweging (phase 4, "vorm volgt inhoud"): the list of form weighings and, per weighing, the matrix of forms by
 * the framework's form criteria with every gemeente's score side by side and the spread where they disagree, what
 * each form means for the raden, the proposed form and its confirmation per gemeente, interventions and history.
 */
import {api} from '../api.js';
import {h, replaceChildren} from '../dom.js';
import {blankToNull, checkboxes, checked, field, focusMessage, form, input, select, showSuccess, textarea, values} from '../forms.js';
import {INTERVENTION_KINDS, INTERVENTION_STATUS, date, framework, moment} from '../terms.js';
import {setTitle} from '../shell.js';
import {live} from '../live.js';
import {radenInspraak} from './weighing-raden.js';

const STATUS = {OPEN: 'Scores verzamelen', VOORGESTELD: 'Voorstel ligt voor', GEKOZEN: 'Vorm gekozen'};
const SCORES = [2, 1, 0, -1, -2].map(score => ({value: String(score), label: signed(score)}));

function signed(score) {
    return score > 0 ? `+${score}` : String(score).replace('-', '−');
}

/** #/vormafweging: every weighing, and for strategen and the programmateam the form to open one. */
export async function weighings(container, {me}) {
    setTitle('Vormafweging');
    const terms = await framework();
    const list = await api.get('/api/weighings');
    container.append(
        h('h1', {}, 'Vormafweging'),
        h('p', {}, 'Vorm volgt inhoud: pas als de inhoud van een thema bevestigd is, weegt de regio welke '
            + 'samenwerkingsvorm daarbij past, op de criteria uit het afwegingskader. De bestuurders bevestigen de gekozen vorm.'),
        h('h2', {}, list.length === 1 ? '1 vormafweging' : `${list.length} vormafwegingen`),
        list.length ? h('ul', {class: 'lijst', id: 'vormafwegingen'}, list.map(item => h('li', {},
            h('a', {href: `#/vormafweging/${encodeURIComponent(item.weighingId)}`}, item.title), ' – ',
            h('span', {class: 'label-status'}, STATUS[item.status] || item.status),
            item.chosen ? ` – gekozen: ${nameIn(item.forms, item.chosen.form)}` : '')))
            : h('p', {class: 'leeg'}, 'Er is nog geen vormafweging.'));
    if (me.role === 'STRATEEG' || me.role === 'PROGRAMMATEAM') {
        container.append(h('section', {class: 'sectie', 'aria-label': 'Vormafweging openen'}, openForm(terms)));
    }
}

function openForm(terms) {
    return form({
        id: 'vormafweging-openen', title: 'Vormafweging openen', titleLevel: 'h2', submitLabel: 'Vormafweging openen',
        fields: [
            h('p', {}, 'Kies thema\'s waarvan het afwegingstraject bevestigd is, en ten minste twee vormen om af te wegen.'),
            checkboxes('themeCodes', 'Thema\'s', terms.themes.map(t => ({value: t.code, label: t.name})), () => false),
            checkboxes('forms', 'Samenwerkingsvormen', terms.governanceForms.map(f => ({value: f.code, label: f.name})), () => false),
        ],
        onSubmit: async element => {
            const opened = await api.post('/api/weighings', {themeCodes: checked(element, 'themeCodes'), forms: checked(element, 'forms')});
            await api.get(`/api/weighings/${encodeURIComponent(opened.weighingId)}?minVersion=${opened.version}`);
            window.location.hash = `#/vormafweging/${encodeURIComponent(opened.weighingId)}`;
        },
    });
}

/**
 * #/vormafweging/{id}: one weighing, shaped by what the signed-in user may do next. Live: every event of the weighing
 * arrives on /topic/weighings/{id}; the page then reads the weighing as of that version. While the user is filling
 * in a form (focus or text in it), only the read-only parts (matrix, history) are replaced, so no input is lost.
 */
export async function weighing(container, {me, parameters}) {
    const [weighingId] = parameters;
    const path = `/api/weighings/${encodeURIComponent(weighingId)}`;
    const status = h('p', {id: 'vormafweging-status', role: 'status', tabindex: '-1', class: 'visueel-verborgen'});
    const news = h('p', {id: 'vormafweging-live', class: 'visueel-verborgen', 'aria-live': 'polite'});
    const body = h('div', {id: 'vormafweging'});
    container.append(status, news, body);
    let shown = null;

    async function show(doc) {
        shown = doc;
        setTitle(doc.title);
        replaceChildren(body, page(doc, me, changed));
    }

    /** After a change: the page as of the version the command answered, and the outcome announced with focus. */
    async function changed(outcome, text) {
        await show(await api.get(`${path}?minVersion=${outcome.version}`));
        status.textContent = text;
        status.classList.remove('visueel-verborgen');
        status.focus();
    }

    /** Someone's change arrived live: show it unless the page shows that version already. */
    async function receive(change) {
        if (shown && change && change.version <= shown.version) {
            return;
        }
        const doc = await api.get(change ? `${path}?minVersion=${change.version}` : path);
        if (shown && doc.version <= shown.version) {
            return;
        }
        if (editing()) {
            shown = doc;
            replaceSection('vorm-matrix-sectie', matrix(doc));
            replaceSection('vorm-geschiedenis-sectie', history(doc));
        } else {
            await show(doc);
        }
        news.textContent = change && change.byName ? `Bijgewerkt door ${change.byName}.` : 'De vormafweging is bijgewerkt.';
    }

    function editing() {
        const active = document.activeElement;
        return (active && body.contains(active) && active.closest('form') !== null)
            || [...body.querySelectorAll('textarea, input[type="text"], input[type="date"]')].some(control => control.value);
    }

    function replaceSection(id, replacement) {
        const current = body.querySelector(`#${id}`);
        if (current) {
            current.replaceWith(replacement);
        }
    }

    await show(await api.get(path));
    return live.subscribe(`/topic/weighings/${encodeURIComponent(weighingId)}`,
        message => receive(message).catch(console.warn), () => receive(null).catch(console.warn));
}

function page(doc, me, changed) {
    const may = doc.allowedActions;
    return [
        h('h1', {}, doc.title),
        h('p', {}, h('span', {class: 'label-status'}, STATUS[doc.status] || doc.status),
            ` – geopend ${moment(doc.openedAt)} door ${doc.openedByName || 'onbekend'}; afwegingskader versie ${doc.frameworkVersion}.`),
        h('p', {}, 'Thema\'s (bevestigde inhoud): ', doc.themes.map((theme, i) => [i ? ', ' : '',
            h('a', {href: `#/afweging/${encodeURIComponent(theme.assessmentId)}`}, theme.name)])),
        doc.chosen ? h('div', {class: 'melding melding--succes', id: 'gekozen-vorm'},
            h('h2', {}, 'Gekozen samenwerkingsvorm'),
            h('p', {}, `${nameIn(doc.forms, doc.chosen.form)} (revisie ${doc.chosen.revision}), bevestigd door alle gemeenten op ${moment(doc.chosen.at)}.`))
            : null,
        matrix(doc),
        may.mayScoreFor.length ? scoreForm(doc, may.mayScoreFor, changed) : null,
        raden(doc, may, changed),
        proposal(doc, may, changed),
        confirmations(doc, me, may, changed),
        interventions(doc, me, may, changed),
        radenInspraak(doc, me, may, changed, nameIn),
        history(doc),
    ];
}

function history(doc) {
    return h('section', {class: 'sectie', id: 'vorm-geschiedenis-sectie', 'aria-labelledby': 'vorm-geschiedenis'},
        h('h2', {id: 'vorm-geschiedenis'}, 'Geschiedenis'),
        h('ol', {}, doc.history.map(line => h('li', {},
            `${moment(line.at)} – ${line.byName || 'onbekend'}: ${line.description}`))));
}

/** Forms by criteria: per cell each gemeente's score and the spread, flagged where the gemeenten disagree. */
function matrix(doc) {
    const scoresOf = (form, criterion) => doc.scores.filter(s => s.form === form && s.criterion === criterion);
    const spreadOf = (form, criterion) => doc.spread.find(s => s.form === form && s.criterion === criterion);
    const disagreements = doc.spread.filter(s => s.disagree).length;
    return h('section', {class: 'sectie', id: 'vorm-matrix-sectie', 'aria-labelledby': 'vorm-matrix'},
        h('h2', {id: 'vorm-matrix'}, 'Vormen naast elkaar'),
        h('p', {}, 'Iedere strateeg scoort per vorm en criterium van −2 (past slecht) tot +2 (past goed). '
            + (disagreements ? `Op ${disagreements === 1 ? '1 punt' : `${disagreements} punten`} lopen de scores 2 of meer uiteen: daar verschillen de gemeenten van mening.`
                : 'Nergens lopen de scores 2 of meer uiteen.')),
        h('div', {class: 'tabelhouder', tabindex: '0', role: 'region', 'aria-labelledby': 'vorm-matrix-bijschrift'},
            h('table', {class: 'matrix', id: 'vormmatrix'},
                h('caption', {id: 'vorm-matrix-bijschrift'}, 'Scores per criterium en vorm',
                    h('span', {class: 'hulp'}, 'Per cel de score van iedere gemeente en de spreiding.')),
                h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Criterium'),
                    doc.forms.map(form => h('th', {scope: 'col'}, form.name)))),
                h('tbody', {}, doc.criteria.map(criterion => h('tr', {},
                    h('th', {scope: 'row'}, criterion.name),
                    doc.forms.map(form => cell(doc, scoresOf(form.code, criterion.code), spreadOf(form.code, criterion.code)))))))));
}

function cell(doc, scores, spread) {
    if (!scores.length) {
        return h('td', {}, h('span', {class: 'leeg'}, 'Nog geen scores'));
    }
    return h('td', {class: spread && spread.disagree ? 'oneens' : null},
        h('ul', {class: 'scores'}, scores.map(s => h('li', {},
            h('strong', {}, `${nameIn(doc.gemeenten, s.gemeente)}: ${signed(s.score)}`),
            h('span', {class: 'wie'}, s.argument)))),
        spread ? h('p', {class: 'spreiding'}, `Spreiding ${signed(spread.lowest)} tot ${signed(spread.highest)}, gemiddeld ${String(spread.average).replace('.', ',')}`,
            spread.disagree ? h('strong', {}, ' – gemeenten verschillen van mening') : '') : null);
}

function scoreForm(doc, gemeenten, changed) {
    return h('section', {class: 'sectie', 'aria-label': 'Score geven'}, form({
        id: 'score-formulier', title: 'Score geven', titleLevel: 'h2', submitLabel: 'Score vastleggen',
        fields: [
            field({label: 'Gemeente', control: select('gemeente', gemeenten.map(g => ({value: g, label: nameIn(doc.gemeenten, g)})), {id: 'score-gemeente'})}),
            field({label: 'Samenwerkingsvorm', control: select('form', options(doc.forms), {id: 'score-vorm'})}),
            field({label: 'Criterium', control: select('criterion', options(doc.criteria), {id: 'score-criterium'})}),
            field({label: 'Score', hint: '+2 past goed, −2 past slecht', control: select('score', SCORES, {id: 'score-waarde', value: '0'})}),
            field({label: 'Argument', control: textarea('argument', {id: 'score-argument', rows: 3})}),
        ],
        onSubmit: async element => {
            const data = values(element);
            const outcome = await api.post(`/api/weighings/${encodeURIComponent(doc.weighingId)}/scores`,
                {...data, score: Number(data.score)});
            await changed(outcome, `Score vastgelegd: ${nameIn(doc.forms, data.form)}, ${nameIn(doc.criteria, data.criterion)}.`);
        },
    }));
}

function raden(doc, may, changed) {
    return h('section', {class: 'sectie', 'aria-labelledby': 'vorm-raden'},
        h('h2', {id: 'vorm-raden'}, 'Wat betekent de vorm voor de rol van de raden?'),
        h('dl', {class: 'kenmerken'}, doc.forms.map(f => {
            const role = doc.raadRoles.find(r => r.form === f.code);
            return [h('dt', {}, f.name), h('dd', {}, role ? `${role.text} (${role.byName || 'onbekend'}, ${moment(role.at)})` : 'Nog niet vastgelegd.')];
        })),
        may.mayRecordRaadRole ? form({
            id: 'raden-formulier', title: 'Rol van de raden vastleggen', submitLabel: 'Vastleggen',
            fields: [
                field({label: 'Samenwerkingsvorm', control: select('form', options(doc.forms), {id: 'raden-vorm'})}),
                field({label: 'Wat betekent deze vorm voor de rol van de raden?', control: textarea('text', {id: 'raden-tekst', rows: 3})}),
            ],
            onSubmit: async element => {
                const data = values(element);
                const outcome = await api.post(`/api/weighings/${encodeURIComponent(doc.weighingId)}/raad-roles`, data);
                await changed(outcome, `Vastgelegd wat ${nameIn(doc.forms, data.form)} betekent voor de raden.`);
            },
        }) : null);
}

function proposal(doc, may, changed) {
    const p = doc.proposal;
    return h('section', {class: 'sectie', 'aria-labelledby': 'vorm-voorstel'},
        h('h2', {id: 'vorm-voorstel'}, 'Voorstel'),
        p ? h('p', {id: 'actueel-voorstel'}, `Revisie ${p.revision}: `, h('strong', {}, nameIn(doc.forms, p.form)),
            ` – ${p.rationale} (${p.byName || 'onbekend'}, ${moment(p.at)})`) : h('p', {class: 'leeg'}, 'Er is nog geen vorm voorgesteld.'),
        may.mayPropose ? form({
            id: 'voorstel-formulier', title: p ? 'Nieuwe revisie voorstellen' : 'Vorm voorstellen', submitLabel: 'Voorstellen',
            fields: [
                p ? h('p', {}, 'Een nieuwe revisie vraagt alle bestuurders opnieuw te bevestigen.') : null,
                field({label: 'Samenwerkingsvorm', control: select('form', options(doc.forms), {id: 'voorstel-vorm'})}),
                field({label: 'Onderbouwing', control: textarea('rationale', {id: 'voorstel-onderbouwing', rows: 3})}),
            ],
            onSubmit: async element => {
                const outcome = await api.post(`/api/weighings/${encodeURIComponent(doc.weighingId)}/proposals`, values(element));
                await changed(outcome, `Revisie ${outcome.revision} voorgesteld.`);
            },
        }) : null);
}

function confirmations(doc, me, may, changed) {
    const p = doc.proposal;
    const current = p ? doc.confirmations.filter(c => c.revision === p.revision) : [];
    return h('section', {class: 'sectie', 'aria-labelledby': 'vorm-bevestigingen'},
        h('h2', {id: 'vorm-bevestigingen'}, 'Bevestiging per gemeente'),
        p ? h('ul', {class: 'lijst', id: 'bevestigingen'}, doc.gemeenten.map(g => {
            const c = current.find(x => x.gemeente === g.code);
            return h('li', {}, `${g.name}: `, c ? `bevestigd door ${c.byName || 'onbekend'} op ${moment(c.at)}${c.note ? ` – ${c.note}` : ''}`
                : 'nog niet bevestigd');
        })) : h('p', {class: 'leeg'}, 'De bestuurders bevestigen zodra een vorm is voorgesteld.'),
        may.mayConfirm ? form({
            id: 'bevestig-formulier', title: `Revisie ${p.revision} bevestigen voor ${nameIn(doc.gemeenten, me.gemeente)}`,
            submitLabel: 'Bevestigen',
            fields: [
                h('p', {}, `U bevestigt namens ${nameIn(doc.gemeenten, me.gemeente)} dat ${nameIn(doc.forms, p.form)} de samenwerkingsvorm wordt voor ${doc.themes.map(t => t.name).join(', ')}.`),
                field({label: 'Toelichting (niet verplicht)', control: textarea('note', {id: 'bevestig-toelichting', rows: 2})}),
            ],
            onSubmit: async element => {
                const outcome = await api.post(`/api/weighings/${encodeURIComponent(doc.weighingId)}/confirmations`,
                    {gemeente: me.gemeente, revision: p.revision, note: blankToNull(values(element).note)});
                await changed(outcome, outcome.chosen ? 'Bevestigd. Alle gemeenten hebben bevestigd: de vorm is gekozen.'
                    : `Revisie ${p.revision} bevestigd voor ${nameIn(doc.gemeenten, me.gemeente)}.`);
            },
        }) : null);
}

/**
 * Interventions end by the gouden-driehoek rules (issue 11 §3): the own bestuurder withdraws, the programmateam or
 * that bestuurder records a take-over by a later revision or refers to the Bestuurstafel (it stays open). Only the
 * outcomes the server names in allowedActions.mayResolveWith are offered; VERWORPEN never, though old ones still read.
 */
function interventions(doc, me, may, changed) {
    const p = doc.proposal;
    const resolvable = doc.interventions.filter(i => i.status === 'OPEN'
        && (me.role !== 'BESTUURDER' || i.gemeente === me.gemeente));
    const outcomes = may.mayResolveWith || [];
    const outcomeLabel = value => value === 'OVERGENOMEN' ? `Overgenomen in revisie ${p.revision}` : INTERVENTION_STATUS[value];
    return h('section', {class: 'sectie', 'aria-labelledby': 'vorm-interventies'},
        h('h2', {id: 'vorm-interventies'}, 'Interventies'),
        doc.interventions.length ? h('ul', {class: 'lijst', id: 'vorm-interventielijst'}, doc.interventions.map(i => h('li', {},
            `${nameIn(doc.gemeenten, i.gemeente)} – ${INTERVENTION_KINDS[i.kind] || i.kind} op revisie ${i.revision}: ${i.reason} `,
            h('span', {class: 'label-status'}, INTERVENTION_STATUS[i.status] || i.status),
            i.resolvedRevision ? ` (revisie ${i.resolvedRevision})` : '',
            i.bestuurstafelOn && i.status === 'OPEN' ? ` – doorverwezen naar de Bestuurstafel van ${date(i.bestuurstafelOn)}` : '',
            i.note ? ` – ${i.note}` : '')))
            : h('p', {class: 'leeg'}, 'Geen interventies.'),
        may.mayIntervene ? form({
            id: 'interventie-formulier', title: 'Interveniëren namens ' + nameIn(doc.gemeenten, me.gemeente), submitLabel: 'Interventie indienen',
            fields: [
                field({label: 'Soort', control: select('kind', Object.entries(INTERVENTION_KINDS).map(([value, label]) => ({value, label})), {id: 'interventie-soort'})}),
                field({label: 'Reden', control: textarea('reason', {id: 'interventie-reden', rows: 3})}),
            ],
            onSubmit: async element => {
                const outcome = await api.post(`/api/weighings/${encodeURIComponent(doc.weighingId)}/interventions`,
                    {...values(element), gemeente: me.gemeente});
                await changed(outcome, 'Interventie ingediend; de keuze wacht tot zij is ingetrokken of overgenomen.');
            },
        }) : null,
        may.mayResolveInterventions && resolvable.length && outcomes.length ? form({
            id: 'afhandel-formulier', title: 'Interventie afhandelen', submitLabel: 'Afhandelen',
            fields: [
                h('p', {}, 'De regio overrulet geen gemeente: alleen de bestuurder van de gemeente trekt haar interventie in.'),
                field({label: 'Interventie', control: select('interventionId', resolvable.map(i => ({value: i.interventionId,
                    label: `${nameIn(doc.gemeenten, i.gemeente)}: ${i.reason}`})), {id: 'afhandel-interventie'})}),
                field({label: 'Uitkomst', control: select('outcome', outcomes.map(value =>
                    ({value, label: outcomeLabel(value)})), {id: 'afhandel-uitkomst'})}),
                outcomes.includes('DOORVERWEZEN') ? field({label: 'Datum Bestuurstafel (bij doorverwijzen)',
                    control: input('bestuurstafelOn', {type: 'date', id: 'afhandel-bt'})}) : null,
                field({label: 'Toelichting', control: textarea('note', {id: 'afhandel-toelichting', rows: 2})}),
            ],
            onSubmit: async element => {
                const data = values(element);
                const outcome = await api.post(`/api/weighings/${encodeURIComponent(doc.weighingId)}/interventions/${encodeURIComponent(data.interventionId)}/resolution`,
                    {outcome: data.outcome, note: data.note,
                        revision: data.outcome === 'OVERGENOMEN' ? p.revision : null,
                        bestuurstafelOn: data.outcome === 'DOORVERWEZEN' ? blankToNull(data.bestuurstafelOn) : null});
                await changed(outcome, `Interventie afgehandeld: ${INTERVENTION_STATUS[data.outcome]}.`);
            },
        }) : null);
}

function options(named) {
    return named.map(n => ({value: n.code, label: n.name}));
}

function nameIn(named, code) {
    const found = (named || []).find(n => n.code === code);
    return found ? found.name : code;
}
