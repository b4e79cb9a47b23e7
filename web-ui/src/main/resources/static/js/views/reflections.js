/** Reflecties: reflections on the process per level, and a form with the framework's prompts. */
import {api, query} from '../api.js';
import {h, replaceChildren, uniqueId} from '../dom.js';
import {blankToNull, field, form, select, showSuccess, textarea, values} from '../forms.js';
import {framework, LEVELS, moment, ROLES} from '../terms.js';
import {setTitle} from '../shell.js';
import {dateInput, filterForm} from './filters.js';

export async function reflections(container, {me}) {
    setTitle('Reflecties');
    const terms = await framework();
    const assessments = await api.get('/api/assessments');
    const results = h('div', {id: 'reflecties-lijst'});
    const levelOptions = terms.reflectionLevels.map(level => ({value: level, label: LEVELS[level] || level}));
    const assessmentName = id => {
        const found = assessments.find(a => a.assessmentId === id);
        return found ? `${terms.theme(found.themeCode)}: ${terms.titleOf(found)}` : id;
    };
    let filters = {};
    container.append(
        h('h1', {}, 'Reflecties'),
        h('p', {}, 'Reflectie op het proces, niet op de inhoud: werkt het zoals bedoeld, zijn rollen helder, '
            + 'worden mandaten gevolgd? Op bestuurlijk, ambtelijk en uitvoerend niveau.'),
        filterForm({
            id: 'reflecties-filter',
            fields: [
                field({label: 'Niveau', control: select('level', levelOptions, {empty: 'Alle niveaus', id: 'fr-niveau'})}),
                field({label: 'Vanaf', control: dateInput('from', 'fr-van')}),
                field({label: 'Tot', control: dateInput('to', 'fr-tot')}),
            ],
            results,
            onFilter: chosen => {
                filters = chosen;
                return load(null);
            },
        }),
        results);

    /** Loads the list; with {@code expectedId}, retries briefly until the query side lists that reflection. */
    async function load(expectedId) {
        const items = await api.getListing(`/api/reflections${query(filters)}`,
            listed => !expectedId || listed.some(item => item.reflectionId === expectedId));
        replaceChildren(results,
            h('h2', {}, items.length === 1 ? '1 reflectie' : `${items.length} reflecties`),
            items.length ? h('ul', {class: 'lijst'}, items.map(item => h('li', {},
                h('h3', {}, `${LEVELS[item.level] || item.level} niveau, ${moment(item.recordedAt)}`),
                h('p', {class: 'wie'}, `Door ${item.by}${item.role ? ` (${ROLES[item.role] || item.role}` : ''}`
                    + `${item.gemeente ? `, ${terms.gemeente(item.gemeente)}` : ''}${item.role ? ')' : ''}`
                    + `${item.assessmentId ? ` bij ${assessmentName(item.assessmentId)}` : ''}`),
                h('dl', {}, Object.entries(item.answers || {}).map(([prompt, answer]) => [
                    h('dt', {}, h('strong', {}, prompt)), h('dd', {class: 'celtekst'}, answer)])),
                item.text ? h('p', {class: 'celtekst'}, item.text) : null)))
                : h('p', {class: 'leeg'}, 'Geen reflecties gevonden.'));
    }

    await load(null);
    if (['STRATEEG', 'BESTUURDER', 'PROGRAMMATEAM'].includes(me.role)) {
        container.append(h('section', {class: 'sectie', 'aria-label': 'Reflectie vastleggen'},
            reflectionForm(terms, levelOptions, assessments, load)));
    }
}

function reflectionForm(terms, levelOptions, assessments, reload) {
    const prompts = terms.reflectionPrompts.map(prompt => ({prompt, control: textarea('answer', {id: uniqueId('antwoord'), rows: 2})}));
    return form({
        id: 'reflectie-formulier',
        title: 'Reflectie vastleggen',
        titleLevel: 'h2',
        submitLabel: 'Reflectie vastleggen',
        fields: [
            h('div', {class: 'velden'},
                field({label: 'Niveau', control: select('level', levelOptions, {empty: 'Kies een niveau', id: 'r-niveau'})}),
                field({label: 'Bij afweging (optioneel)', control: select('assessmentId',
                    assessments.map(a => ({value: a.assessmentId, label: `${terms.theme(a.themeCode)}: ${terms.titleOf(a)}`})),
                    {empty: 'Geen specifieke afweging', id: 'r-afweging'})})),
            prompts.map(({prompt, control}) => field({label: prompt, control})),
            field({label: 'Verdere toelichting', control: textarea('text', {id: 'r-tekst', rows: 4})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            const answers = {};
            for (const {prompt, control} of prompts) {
                if (control.value.trim()) {
                    answers[prompt] = control.value;
                }
            }
            const result = await api.post('/api/reflections', {
                assessmentId: blankToNull(data.assessmentId), level: blankToNull(data.level), answers, text: data.text,
            });
            showSuccess(formElement, 'Uw reflectie is vastgelegd.');
            formElement.reset();
            await reload(result.reflectionId);
        },
    });
}
