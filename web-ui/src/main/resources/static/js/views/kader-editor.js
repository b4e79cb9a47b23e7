/**
 * The programmateam's form for a new framework version (phase 1 of the route): prefilled with the version in force,
 * with fields for what people change (criteria with their questions per layer, the themes, the guideline's
 * indicators per scale) and the other parts as JSON under "Overige onderdelen". It sends the full framework
 * content to POST /api/framework/proposals; a refusal is shown beside the part it names (data-veld = the API's
 * field: criteria, themes, outcomeGuideline, content).
 */
import {api} from '../api.js';
import {h} from '../dom.js';
import {field, form, input, showSuccess, textarea, values} from '../forms.js';

/** The parts the structured fields edit; the rest travels as JSON. */
const EDITED = ['criteria', 'themes', 'outcomeGuideline'];
const NOT_CONTENT = ['version', 'adoptedAt', 'adoptedBy', 'reason'];

export function proposeForm(inForce, reload) {
    const content = {...inForce};
    NOT_CONTENT.forEach(key => delete content[key]);
    const rest = {...content};
    EDITED.forEach(key => delete rest[key]);
    const json = textarea('content', {id: 'voorstel-inhoud', rows: 12, maxlength: 500000});
    json.value = JSON.stringify(rest, null, 2);

    const criteria = criteriaEditor(content.criteria || [], content.layers || []);
    const themes = themesEditor(content.themes || []);
    const guideline = guidelineEditor(content.outcomeGuideline || {}, content.scales || []);
    return form({
        id: 'voorstel-formulier',
        title: 'Nieuwe versie voorstellen',
        titleLevel: 'h2',
        submitLabel: 'Versie voorstellen',
        fields: [
            h('p', {}, `Het formulier begint bij versie ${inForce.version}, de versie die nu in werking is. Pas aan wat `
                + 'u wilt wijzigen; de gemeenten zien daarna precies wat er verschilt.'),
            field({label: 'Toelichting', hint: 'Waarom een nieuwe versie? De bestuurders lezen dit bij het vaststellen.',
                control: textarea('reason', {id: 'voorstel-toelichting', rows: 2})}),
            criteria.element, themes.element, guideline.element,
            h('details', {class: 'sectie', id: 'voorstel-overig'},
                h('summary', {}, 'Overige onderdelen (regio, lagen, schalen, randvoorwaarden, vormen, ...) als JSON'),
                field({label: 'Overige onderdelen van het afwegingskader (JSON)',
                    hint: 'Alles behalve criteria, thema\'s en richtlijn, zoals het nu in werking is.', control: json})),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            let body;
            try {
                body = JSON.parse(data.content);
            } catch (ignored) {
                formElement.querySelector('#voorstel-overig').open = true;
                throw refusal('content', 'De overige onderdelen zijn geen geldige JSON.');
            }
            body.criteria = criteria.read();
            body.themes = themes.read();
            body.outcomeGuideline = guideline.read();
            body.reason = data.reason;
            const result = await api.post('/api/framework/proposals', body);
            showSuccess(formElement, `Versie ${result.version} is voorgesteld aan de gemeenten.`);
            await reload(next => next.some(p => p.version === result.version));
        },
    });
}

/** A refusal in the shape of the server's problem+json, shown by the form as one. */
function refusal(fieldName, message) {
    return {status: 400, problem: {detail: message, errors: [{field: fieldName, message}]}, message};
}

function group(name, legend, hint, ...children) {
    return h('fieldset', {class: 'veld voorstel-groep', 'data-veld': name},
        h('legend', {}, legend), hint ? h('p', {class: 'hulp'}, hint) : null, ...children);
}

function removeButton(label, onRemove) {
    return h('button', {type: 'button', class: 'knop knop--klein knop--licht', onclick: onRemove}, label);
}

function criteriaEditor(criteria, layers) {
    const list = h('div', {id: 'voorstel-criteria'});
    const blocks = [];
    const add = criterion => {
        const n = blocks.length;
        const isNew = !criterion.code;
        const code = input('code', {id: `criterium-${n}-code`, maxlength: 50, value: criterion.code || ''});
        code.removeAttribute('name');
        const name = input('criterium-naam', {id: `criterium-${n}-naam`, value: criterion.name || ''});
        const summary = textarea('criterium-omschrijving', {id: `criterium-${n}-omschrijving`, rows: 2});
        summary.value = criterion.summary || '';
        const questions = layers.map(layer => {
            const question = textarea('criterium-vraag', {id: `criterium-${n}-vraag-${layer.code}`, rows: 2});
            question.value = (criterion.questions || {})[layer.code] || '';
            return {layer: layer.code, control: question, field: field({label: `Vraag voor de laag ${layer.name}`, control: question})};
        });
        [name, summary, ...questions.map(q => q.control)].forEach(control => control.removeAttribute('name'));
        const title = criterion.name ? `Criterium ${criterion.name}` : 'Nieuw criterium';
        const block = {removed: false, read: () => ({
            code: code.value.trim(), name: name.value.trim(), summary: summary.value.trim(),
            questions: Object.fromEntries(questions.map(q => [q.layer, q.control.value.trim()])),
        })};
        const element = h('fieldset', {class: 'voorstel-criterium', id: `criterium-${n}`},
            h('legend', {}, title),
            isNew ? field({label: 'Code', hint: 'Een korte code in hoofdletters, bijvoorbeeld C9.', control: code}) : null,
            field({label: 'Naam', control: name}),
            field({label: 'Omschrijving', control: summary}),
            questions.map(q => q.field),
            h('div', {class: 'knoppen'}, removeButton(`${title} verwijderen`, () => {
                block.removed = true;
                element.remove();
                list.querySelector('input, textarea')?.focus();
            })));
        blocks.push(block);
        list.append(element);
        return element;
    };
    criteria.forEach(add);
    const addButton = h('button', {type: 'button', class: 'knop knop--klein', id: 'criterium-toevoegen', onclick: () => {
        add({}).querySelector('input').focus();
    }}, 'Criterium toevoegen');
    return {
        element: group('criteria', 'Criteria', 'Per criterium de naam, de omschrijving en de vraag per laag.', list,
            h('div', {class: 'knoppen'}, addButton)),
        read: () => blocks.filter(block => !block.removed).map(block => block.read()).map(criterion => {
            if (!criterion.code || !criterion.name) {
                throw refusal('criteria', 'Geef elk criterium een code en een naam.');
            }
            return criterion;
        }),
    };
}

function themesEditor(themes) {
    const kept = themes.map((theme, n) => {
        const box = h('input', {type: 'checkbox', id: `thema-behouden-${n}`, checked: true, value: theme.code});
        return {theme, box, element: h('label', {class: 'keuze', for: box.id}, box, theme.name)};
    });
    const added = h('div', {id: 'voorstel-nieuwe-themas'});
    const rows = [];
    const addButton = h('button', {type: 'button', class: 'knop knop--klein', id: 'thema-toevoegen', onclick: () => {
        const n = rows.length;
        const code = input('thema-code', {id: `nieuw-thema-${n}-code`, maxlength: 50});
        const name = input('thema-naam', {id: `nieuw-thema-${n}-naam`});
        [code, name].forEach(control => control.removeAttribute('name'));
        const row = {removed: false, code, name};
        const element = h('div', {class: 'velden', id: `nieuw-thema-${n}`},
            field({label: 'Code van het nieuwe thema', hint: 'Hoofdletters, bijvoorbeeld SCHULDHULP.', control: code}),
            field({label: 'Naam van het nieuwe thema', control: name}),
            removeButton('Dit nieuwe thema weghalen', () => {
                row.removed = true;
                element.remove();
                addButton.focus();
            }));
        rows.push(row);
        added.append(element);
        code.focus();
    }}, 'Thema toevoegen');
    return {
        element: group('themes', 'Thema\'s', 'Haal het vinkje weg om een thema uit het afwegingskader te halen.',
            h('div', {class: 'keuzes'}, kept.map(k => k.element)), added, h('div', {class: 'knoppen'}, addButton)),
        read: () => {
            const result = kept.filter(k => k.box.checked).map(k => k.theme);
            for (const row of rows.filter(r => !r.removed)) {
                const theme = {code: row.code.value.trim().toUpperCase(), name: row.name.value.trim()};
                if (!theme.code || !theme.name) {
                    throw refusal('themes', 'Geef elk nieuw thema een code en een naam.');
                }
                result.push(theme);
            }
            return result;
        },
    };
}

function guidelineEditor(guideline, scales) {
    const codes = [...scales.map(scale => scale.code), ...Object.keys(guideline).filter(code => !scales.some(s => s.code === code))];
    const controls = codes.map(code => {
        const scale = scales.find(s => s.code === code);
        const control = textarea('richtlijn', {id: `richtlijn-${code}`, rows: 4});
        control.removeAttribute('name');
        control.value = (guideline[code] || []).join('\n');
        return {code, control, field: field({label: `Indicatoren voor ${scale ? scale.name.toLowerCase() : code}`,
            hint: 'Eén indicator per regel.', control})};
    });
    return {
        element: group('outcomeGuideline', 'Richtlijn', 'De richtlijn helpt bij het voorstel; zij beslist nooit zelf.',
            controls.map(c => c.field)),
        read: () => Object.fromEntries(controls.map(c => [c.code,
            c.control.value.split('\n').map(line => line.trim()).filter(Boolean)])),
    };
}
