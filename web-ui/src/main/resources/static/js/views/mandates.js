/**
 * Mandaten: the gouden driehoek per theme with its history; the programmateam registers new ones, and amends or
 * ends a current one (with a reason) right at the mandate.
 */
import {api, query} from '../api.js';
import {h, replaceChildren, uniqueId} from '../dom.js';
import {blankToNull, field, focusMessage, form, input, select, showSuccess, textarea, values} from '../forms.js';
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
    const mayManage = me.role === 'PROGRAMMATEAM';
    // outlives the list, which is redrawn after every change, so focus has somewhere to land
    const status = h('p', {id: 'mandaten-status', role: 'status', tabindex: '-1'});
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
        status,
        results);

    /**
     * Loads the list; with {@code expectedId}, retries briefly until the query side lists that mandate beyond
     * {@code afterVersion}, with the change of that version in its history (the list reads the histories in a
     * query of their own, which can answer from just before the mandate's last change).
     */
    async function load(expectedId, afterVersion = -1) {
        const caughtUp = item => item.mandateId === expectedId && item.version > afterVersion
            && (item.history || []).some(change => change.sequence >= item.version);
        const items = await api.getListing(`/api/mandates${query(filters)}`,
            listed => !expectedId || listed.some(caughtUp));
        replaceChildren(results,
            h('h2', {}, items.length === 1 ? '1 mandaat' : `${items.length} mandaten`),
            items.length ? h('ul', {class: 'lijst'}, items.map(item => mandate(item, terms, mayManage ? changed : null)))
                : h('p', {class: 'leeg'}, 'Geen mandaten gevonden.'));
    }

    /** After an amendment or an end: the list shows it, and the outcome keeps the focus. */
    async function changed(item, text) {
        status.textContent = text;
        await load(item.mandateId, item.version);
        status.focus();
    }

    await load(null);
    if (mayManage) {
        container.append(h('section', {class: 'sectie', 'aria-label': 'Mandaat registreren'}, registerForm(terms, themeOptions, load)));
    }
}

function mandate(item, terms, changed) {
    return h('li', {id: `mandaat-${item.mandateId}`},
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
                change.reason ? ` – ${change.reason}` : '')))),
        changed && item.active ? [amendForm(item, terms, changed), endForm(item, terms, changed)] : null);
}

/** The programmateam's form to amend a current mandate: the gouden driehoek and powers as they are, and a reason. */
function amendForm(item, terms, changed) {
    let powers = null;
    return changeForm(item, terms, changed, {
        key: 'wijzig', title: 'Mandaat wijzigen', submitLabel: 'Wijziging vastleggen', path: 'amendments', outcome: 'gewijzigd',
        fields: prefix => {
            powers = powersEditor(terms, item.powers || [], {rowsId: `${prefix}-bevoegdheden`, headingTag: 'h5'});
            return [
                field({label: 'Bestuurlijk opdrachtgever', control: input('bestuurlijkOpdrachtgever', {id: `${prefix}-bestuurlijk`, value: item.bestuurlijkOpdrachtgever})}),
                field({label: 'Ambtelijk opdrachtgever', control: input('ambtelijkOpdrachtgever', {id: `${prefix}-ambtelijk`, value: item.ambtelijkOpdrachtgever})}),
                field({label: 'Ambtenaar 5.0 / projectleider', control: input('ambtenaar50', {id: `${prefix}-ambtenaar`, value: item.ambtenaar50})}),
                powers.element,
                field({label: 'Reden van de wijziging', hint: 'Blijft zichtbaar in de geschiedenis van dit mandaat.',
                    control: textarea('reason', {id: `${prefix}-reden`, rows: 3})}),
            ];
        },
        body: data => ({
            bestuurlijkOpdrachtgever: data.bestuurlijkOpdrachtgever,
            ambtelijkOpdrachtgever: data.ambtelijkOpdrachtgever,
            ambtenaar50: data.ambtenaar50,
            powers: powers.read(),
            reason: data.reason,
        }),
    });
}

/** The programmateam's form to end a current mandate, with a reason. */
function endForm(item, terms, changed) {
    return changeForm(item, terms, changed, {
        key: 'beeindig', title: 'Mandaat beëindigen', submitLabel: 'Mandaat beëindigen', path: 'end', outcome: 'beëindigd',
        fields: prefix => [
            h('p', {}, 'Een beëindigd mandaat blijft met zijn geschiedenis zichtbaar, maar geldt niet meer.'),
            field({label: 'Reden van de beëindiging', control: textarea('reason', {id: `${prefix}-reden`, rows: 3})}),
        ],
        body: data => ({reason: data.reason}),
    });
}

/** A folded form that changes one mandate (POST /api/mandates/{id}/{path}), then has the list show the outcome. */
function changeForm(item, terms, changed, {key, title, submitLabel, path, outcome, fields, body}) {
    const prefix = `${key}-${item.mandateId}`;
    const element = form({
        id: `${prefix}-formulier`,
        title,
        titleLevel: 'h4',
        submitLabel,
        fields: fields(prefix),
        onSubmit: async formElement => {
            await api.post(`/api/mandates/${encodeURIComponent(item.mandateId)}/${path}`, body(values(formElement)));
            await changed(item, `Het mandaat voor ${terms.theme(item.themeCode)} is ${outcome}.`);
        },
    });
    return h('details', {class: 'inklapper', id: prefix}, h('summary', {}, title), element);
}

/** Rows of powers (decision, under whose mandate), starting from {@code initial}, with a button for one more. */
function powersEditor(terms, initial, {rowsId, headingTag}) {
    const roleOptions = terms.mandateRoles.map(r => ({value: r.code, label: r.name}));
    const rows = h('div', {id: rowsId});
    const add = power => {
        const decisionId = uniqueId('bevoegdheid');
        rows.append(h('fieldset', {class: 'veld'},
            h('legend', {}, `Bevoegdheid ${rows.childElementCount + 1}`),
            h('div', {class: 'velden'},
                field({label: 'Besluit', control: input('power.decision', {id: decisionId, value: power ? power.decision : undefined})}),
                field({label: 'Onder mandaat van', control: select('power.holderRole', roleOptions,
                    {id: `${decisionId}-rol`, value: power ? power.holderRole : undefined})}))));
    };
    (initial.length ? initial : [null, null]).forEach(add);
    return {
        element: h('div', {},
            h(headingTag, {}, 'Welke besluiten vallen onder wiens mandaat?'),
            rows,
            h('button', {type: 'button', class: 'knop knop--klein', onclick: () => {
                add(null);
                rows.lastElementChild.querySelector('input').focus();
            }}, 'Nog een bevoegdheid')),
        read() {
            const decisions = [...rows.querySelectorAll('[name="power.decision"]')];
            const roles = [...rows.querySelectorAll('[name="power.holderRole"]')];
            return decisions.map((control, index) => ({decision: control.value.trim(), holderRole: roles[index].value}))
                .filter(power => power.decision);
        },
    };
}

function pair(label, value) {
    return h('div', {}, h('dt', {}, label), h('dd', {}, value || '–'));
}

function registerForm(terms, themeOptions, reload) {
    const powers = powersEditor(terms, [], {rowsId: 'bevoegdheden', headingTag: 'h3'});
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
            powers.element,
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            const result = await api.post('/api/mandates', {
                themeCode: blankToNull(data.themeCode),
                bestuurlijkOpdrachtgever: data.bestuurlijkOpdrachtgever,
                ambtelijkOpdrachtgever: data.ambtelijkOpdrachtgever,
                ambtenaar50: data.ambtenaar50,
                powers: powers.read(),
            });
            showSuccess(formElement, 'Het mandaat is geregistreerd.');
            formElement.reset();
            await reload(result.mandateId);
            focusMessage(formElement);
        },
    });
    return element;
}
