/** Mandaten: the gouden driehoek per theme with its history; the programmateam registers new ones. */
import {api, query} from '../api.js';
import {h, replaceChildren, uniqueId} from '../dom.js';
import {blankToNull, field, form, input, select, showSuccess, values} from '../forms.js';
import {framework, moment} from '../terms.js';
import {setTitle} from '../shell.js';
import {filterForm} from './filters.js';

const CHANGES = {GEREGISTREERD: 'Geregistreerd', GEWIJZIGD: 'Gewijzigd', BEEINDIGD: 'Beëindigd'};

export async function mandates(container, {me}) {
    setTitle('Mandaten');
    const terms = await framework();
    const results = h('div', {id: 'mandaten-lijst'});
    const themeOptions = terms.themes.map(t => ({value: t.code, label: t.name}));
    let filters = {};
    container.append(
        h('h1', {}, 'Mandaten'),
        h('p', {}, 'Per thema de gouden driehoek: bestuurlijk opdrachtgever, ambtelijk opdrachtgever en ambtenaar 5.0, '
            + 'en welke besluiten onder wiens mandaat vallen. Mandaten worden nooit overschreven: iedere wijziging blijft zichtbaar.'),
        filterForm({
            id: 'mandaten-filter',
            fields: [field({label: 'Thema', control: select('themeCode', themeOptions, {empty: 'Alle thema\'s', id: 'fm-thema'})})],
            results,
            onFilter: chosen => {
                filters = chosen;
                return load(null);
            },
        }),
        results);

    /** Loads the list; with {@code expectedId}, retries briefly until the query side lists that mandate. */
    async function load(expectedId) {
        const items = await api.getListing(`/api/mandates${query(filters)}`,
            listed => !expectedId || listed.some(item => item.mandateId === expectedId));
        replaceChildren(results,
            h('h2', {}, items.length === 1 ? '1 mandaat' : `${items.length} mandaten`),
            items.length ? h('ul', {class: 'lijst'}, items.map(item => mandate(item, terms)))
                : h('p', {class: 'leeg'}, 'Geen mandaten gevonden.'));
    }

    await load(null);
    if (me.role === 'PROGRAMMATEAM') {
        container.append(h('section', {class: 'sectie', 'aria-label': 'Mandaat registreren'}, registerForm(terms, themeOptions, load)));
    }
}

function mandate(item, terms) {
    return h('li', {},
        h('h3', {}, `${terms.theme(item.themeCode)}${item.active ? '' : ' (beëindigd)'}`),
        h('dl', {class: 'kenmerken'},
            pair(terms.mandateRole('BESTUURLIJK_OPDRACHTGEVER') || 'Bestuurlijk opdrachtgever', item.bestuurlijkOpdrachtgever),
            pair(terms.mandateRole('AMBTELIJK_OPDRACHTGEVER') || 'Ambtelijk opdrachtgever', item.ambtelijkOpdrachtgever),
            pair(terms.mandateRole('AMBTENAAR_5_0') || 'Ambtenaar 5.0', item.ambtenaar50)),
        (item.powers || []).length ? [h('h4', {}, 'Bevoegdheden'), h('ul', {}, item.powers.map(power =>
            h('li', {}, power.decision, ': ', h('strong', {}, terms.mandateRole(power.holderRole)))))] : null,
        h('details', {},
            h('summary', {}, 'Geschiedenis van dit mandaat'),
            h('ol', {}, (item.history || []).map(change => h('li', {},
                `${CHANGES[change.kind] || change.kind} op ${moment(change.at)} door ${change.by || 'onbekend'}`,
                change.reason ? ` – ${change.reason}` : '')))));
}

function pair(label, value) {
    return h('div', {}, h('dt', {}, label), h('dd', {}, value || '–'));
}

function registerForm(terms, themeOptions, reload) {
    const roleOptions = terms.mandateRoles.map(r => ({value: r.code, label: r.name}));
    const powers = h('div', {id: 'bevoegdheden'});
    let rows = 0;
    const addPower = () => {
        rows += 1;
        const decisionId = uniqueId('bevoegdheid');
        powers.append(h('fieldset', {class: 'veld'},
            h('legend', {}, `Bevoegdheid ${rows}`),
            h('div', {class: 'velden'},
                field({label: 'Besluit', control: input('power.decision', {id: decisionId})}),
                field({label: 'Onder mandaat van', control: select('power.holderRole', roleOptions, {id: `${decisionId}-rol`})}))));
    };
    addPower();
    addPower();
    const element = form({
        id: 'mandaat-formulier',
        title: 'Mandaat registreren',
        titleLevel: 'h2',
        submitLabel: 'Mandaat registreren',
        fields: [
            field({label: 'Thema', control: select('themeCode', themeOptions, {empty: 'Kies een thema', id: 'm-thema'})}),
            field({label: 'Bestuurlijk opdrachtgever', control: input('bestuurlijkOpdrachtgever', {id: 'm-bestuurlijk'})}),
            field({label: 'Ambtelijk opdrachtgever', control: input('ambtelijkOpdrachtgever', {id: 'm-ambtelijk'})}),
            field({label: 'Ambtenaar 5.0 / projectleider', control: input('ambtenaar50', {id: 'm-ambtenaar'})}),
            h('h3', {}, 'Welke besluiten vallen onder wiens mandaat?'),
            powers,
            h('button', {type: 'button', class: 'knop knop--klein', onclick: () => {
                addPower();
                powers.lastElementChild.querySelector('input').focus();
            }}, 'Nog een bevoegdheid'),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            const decisions = [...formElement.querySelectorAll('[name="power.decision"]')];
            const roles = [...formElement.querySelectorAll('[name="power.holderRole"]')];
            const chosenPowers = decisions.map((control, index) => ({decision: control.value.trim(), holderRole: roles[index].value}))
                .filter(power => power.decision);
            const result = await api.post('/api/mandates', {
                themeCode: blankToNull(data.themeCode),
                bestuurlijkOpdrachtgever: data.bestuurlijkOpdrachtgever,
                ambtelijkOpdrachtgever: data.ambtelijkOpdrachtgever,
                ambtenaar50: data.ambtenaar50,
                powers: chosenPowers,
            });
            showSuccess(formElement, 'Het mandaat is geregistreerd.');
            formElement.reset();
            await reload(result.mandateId);
        },
    });
    return element;
}
