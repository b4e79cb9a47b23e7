/**
 * De raad: the page of one gemeenteraad, readable without knowing the rest of the application. Per theme: the
 * raad's kaders, the assessments running under them, open zienswijze periods, confirmations that wait for the raad,
 * and what the raad was informed of. The griffier records a new kader here.
 */
import {api} from '../api.js';
import {h, replaceChildren} from '../dom.js';
import {field, form, input, select, showSuccess, textarea, values, blankToNull} from '../forms.js';
import {framework, INFORMING_KINDS, moment, RAAD_STATUS} from '../terms.js';
import {announce, setTitle} from '../shell.js';
import {live} from '../live.js';

const STATUS = RAAD_STATUS;
const KINDS = INFORMING_KINDS;

export async function raad(container, {me, parameters}) {
    const terms = await framework();
    const gemeente = parameters[0] || me.gemeente || terms.gemeenten[0].code;
    const name = terms.gemeente(gemeente);
    setTitle(`De raad van ${name}`);
    const results = h('div', {id: 'raad-themas'});
    container.append(
        h('h1', {tabindex: '-1'}, `De raad van ${name}`),
        h('p', {}, 'Wat de gemeenteraad meegaf en wat daaronder loopt: per thema de kaders van de raad, de lopende '
            + 'afwegingen, zienswijzeperiodes, bevestigingen die op de raad wachten en waarover de raad is geïnformeerd.'),
        h('nav', {'aria-label': 'Andere raden'}, h('p', {}, 'Andere raden: ', terms.gemeenten
            .filter(g => g.code !== gemeente)
            .flatMap((g, i) => [i ? ', ' : '', h('a', {href: `#/raad/${encodeURIComponent(g.code)}`}, g.name)]))),
        results);
    if (me.role === 'GRIFFIER' && me.gemeente === gemeente) {
        container.append(h('section', {class: 'sectie', 'aria-label': 'Kader vastleggen'}, kaderForm(terms, gemeente, load)));
    }

    /** Loads the page; with {@code expectedKaderId}, retries briefly until the query side lists that kader. */
    async function load(expectedKaderId = null) {
        const listed = page => !expectedKaderId
            || page.themes.some(theme => theme.kaders.some(kader => kader.kaderId === expectedKaderId));
        const page = await api.getListing(`/api/raad/${encodeURIComponent(gemeente)}`, listed);
        replaceChildren(results, page.themes.length
            ? page.themes.map(theme => themeSection(theme, terms, page.informingTermDays))
            : h('p', {class: 'leeg'}, 'De raad gaf nog geen kaders en er lopen nog geen afwegingen.'));
        return page;
    }

    await load();
    return live.subscribe('/topic/assessments', () => {
        load().then(() => announce('De pagina van de raad is bijgewerkt.')).catch(console.warn);
    }, () => load().catch(console.warn));
}

function themeSection(theme, terms, termDays) {
    const id = `thema-${theme.themeCode}`;
    const link = item => h('a', {href: `#/afweging/${encodeURIComponent(item.assessmentId)}`}, item.title);
    return h('section', {class: 'sectie', id, 'aria-labelledby': `${id}-titel`},
        h('h2', {id: `${id}-titel`}, terms.theme(theme.themeCode)),
        h('h3', {}, 'Kaders van de raad'),
        theme.kaders.length ? h('ul', {class: 'lijst kaders'}, theme.kaders.map(kader => h('li', {},
            h('p', {}, kader.text, kader.inForce ? '' : ' (ingetrokken)'),
            h('p', {class: 'wie'}, `Raadsbesluit ${kader.raadsbesluit.reference} van ${day(kader.raadsbesluit.date)}`,
                kader.raadsbesluit.url ? [' · ', h('a', {href: kader.raadsbesluit.url, rel: 'noopener'}, 'raadsbesluit')] : null))))
            : h('p', {class: 'leeg'}, 'Geen kaders voor dit thema.'),
        h('h3', {}, 'Lopende afwegingen'),
        theme.assessments.length ? h('ul', {}, theme.assessments.map(item => h('li', {}, link(item),
            item.decided ? ' (bestuurlijk bevestigd)' : ` (cyclus ${item.cycle}, loopt)`)))
            : h('p', {class: 'leeg'}, 'Geen afwegingen.'),
        h('h3', {}, 'Open zienswijzeperiodes'),
        theme.openZienswijzePeriods.length ? h('ul', {}, theme.openZienswijzePeriods.map(period => h('li', {},
            link(period), ` – revisie ${period.revision}, zienswijze tot en met ${day(period.endsOn)}`)))
            : h('p', {class: 'leeg'}, 'Geen open zienswijzeperiodes.'),
        h('h3', {}, 'Wacht op de raad'),
        theme.waiting.length ? h('ul', {}, theme.waiting.map(item => h('li', {}, link(item),
            ` – revisie ${item.revision}, bevestigd op ${moment(item.confirmedAt)}: ${STATUS[item.status]}`)))
            : h('p', {class: 'leeg'}, 'Geen bevestigingen die op de raad wachten.'),
        h('h3', {}, 'Geïnformeerd'),
        theme.informed.length ? h('ul', {}, theme.informed.map(item => h('li', {}, link(item),
            ` – ${KINDS[item.kind]} ${item.reference} op ${day(item.date)}`)))
            : h('p', {class: 'leeg'}, 'De raad is over dit thema nog niet geïnformeerd.'),
        theme.notInformed.length ? [h('h3', {}, 'Nog niet geïnformeerd'), h('ul', {}, theme.notInformed.map(item =>
            h('li', {}, link(item), ` – bevestigd op ${moment(item.confirmedAt)}`,
                item.informingOverdue ? h('strong', {class: 'te-laat'}, ` – niet binnen ${termDays} dagen geïnformeerd`) : null)))]
            : null);
}

function kaderForm(terms, gemeente, reload) {
    return form({
        id: 'kader-formulier', title: 'Kader van de raad vastleggen', titleLevel: 'h2', submitLabel: 'Kader vastleggen',
        fields: [
            field({label: 'Thema', control: select('themeCode', terms.themes.map(t => ({value: t.code, label: t.name})), {id: 'kader-thema', required: true})}),
            field({label: 'Kader', hint: 'De tekst van het kader zoals de raad het meegaf.', control: textarea('text', {id: 'kader-tekst', required: true})}),
            field({label: 'Datum raadsbesluit', control: input('date', {type: 'date', id: 'kader-datum', required: true})}),
            field({label: 'Kenmerk raadsbesluit', control: input('reference', {id: 'kader-kenmerk', required: true})}),
            field({label: 'Link naar het raadsbesluit (optioneel)', control: input('url', {type: 'url', id: 'kader-link'})}),
        ],
        onSubmit: async element => {
            const data = values(element);
            const recorded = await api.post('/api/kaders', {gemeente, themeCode: data.themeCode, text: data.text,
                raadsbesluit: {date: blankToNull(data.date), reference: data.reference, url: blankToNull(data.url)}});
            element.reset();
            const page = await reload(recorded.kaderId);
            showSuccess(element, `Kader vastgelegd voor thema ${terms.theme(data.themeCode)}.`);
            return page;
        },
    });
}

function day(date) {
    if (!date) {
        return '';
    }
    const [year, month, dayOfMonth] = date.split('-');
    return `${dayOfMonth}-${month}-${year}`;
}
