/** Overzicht: every assessment of the region, and a form to open a new one for those who may. */
import {api} from '../api.js';
import {h, replaceChildren} from '../dom.js';
import {checkboxes, checked, field, form, input, select, values, blankToNull} from '../forms.js';
import {framework, STATUS} from '../terms.js';
import {live} from '../live.js';
import {setTitle, announce} from '../shell.js';

export async function overview(container, {me}) {
    setTitle('Overzicht');
    const terms = await framework();
    const list = h('div', {id: 'afwegingen'});
    container.append(
        h('h1', {}, 'Afwegingen'),
        h('p', {}, 'Per thema wegen de gemeenten samen af op welk schaalniveau beleid, bedrijfsvoering en uitvoering '
            + 'het beste passen. Kies een afweging om de inbreng van de gemeenten te zien en mee te doen.'),
        list);

    async function load() {
        const assessments = await api.get('/api/assessments');
        replaceChildren(list, table(assessments, terms));
    }

    await load();

    if (me.role === 'STRATEEG' || me.role === 'PROGRAMMATEAM') {
        container.append(h('section', {class: 'sectie', 'aria-labelledby': 'nieuw-titel'}, openForm(terms)));
    }

    const stop = live.subscribe('/topic/assessments', () => {
        load().then(() => announce('De lijst met afwegingen is bijgewerkt.')).catch(console.warn);
    }, () => load().catch(console.warn));
    return stop;
}

function table(assessments, terms) {
    if (!assessments.length) {
        return h('p', {class: 'leeg'}, 'Er zijn nog geen afwegingen geopend.');
    }
    const sorted = [...assessments].sort((a, b) =>
        terms.theme(a.themeCode).localeCompare(terms.theme(b.themeCode), 'nl') || (a.title || '').localeCompare(b.title || '', 'nl'));
    return h('div', {class: 'tabelhouder', tabindex: '0', role: 'region', 'aria-labelledby': 'afwegingen-caption'},
        h('table', {},
            h('caption', {id: 'afwegingen-caption'}, `Alle afwegingen (${assessments.length})`),
            h('thead', {}, h('tr', {},
                h('th', {scope: 'col'}, 'Thema'),
                h('th', {scope: 'col'}, 'Titel'),
                h('th', {scope: 'col'}, 'Status'),
                h('th', {scope: 'col', class: 'getal'}, 'Cyclus'),
                h('th', {scope: 'col', class: 'getal'}, 'Open interventies'),
                h('th', {scope: 'col', class: 'getal'}, 'Bevestigingen'))),
            h('tbody', {}, sorted.map(item => h('tr', {},
                h('td', {}, terms.theme(item.themeCode)),
                h('th', {scope: 'row'}, h('a', {href: `#/afweging/${encodeURIComponent(item.assessmentId)}`},
                    terms.titleOf(item))),
                h('td', {}, h('span', {class: `label-status label-status--${item.status}`}, STATUS[item.status] || item.status)),
                h('td', {class: 'getal'}, item.cycle),
                h('td', {class: 'getal'}, item.openInterventions),
                h('td', {class: 'getal'}, item.confirmations))))));
}

function openForm(terms) {
    const theme = select('themeCode', terms.themes.map(t => ({value: t.code, label: t.name})),
        {empty: 'Kies een thema', required: true, id: 'nieuw-thema'});
    const title = input('title', {id: 'nieuw-titel-veld', maxlength: 200});
    const gemeenten = terms.gemeenten.map(g => ({value: g.code, label: g.name}));
    return form({
        id: 'nieuw',
        title: 'Nieuwe afweging openen',
        titleLevel: 'h2',
        submitLabel: 'Afweging openen',
        fields: [
            field({label: 'Thema', control: theme}),
            field({label: 'Titel (optioneel)', hint: 'Bijvoorbeeld "Jeugdhulp 2027". Zonder titel gebruiken we de naam van het thema.', control: title}),
            checkboxes('gemeenten', 'Deelnemende gemeenten', gemeenten, () => true),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            const chosen = checked(formElement, 'gemeenten');
            const result = await api.post('/api/assessments', {
                themeCode: blankToNull(data.themeCode),
                title: blankToNull(data.title),
                gemeenten: chosen.length === gemeenten.length ? null : chosen,
            });
            window.location.hash = `#/afweging/${encodeURIComponent(result.assessmentId)}`;
        },
    });
}
