/** The input matrix per layer × criterion, and the form to give input on one cell. */
import {h, replaceChildren} from '../../dom.js';
import {blankToNull, field, form, select, textarea, values} from '../../forms.js';
import {moment} from '../../terms.js';
import {dropUnless, section} from './section.js';

function currentInput(doc, gemeente, layer, criterion) {
    return doc.inputs.find(i => i.gemeente === gemeente && i.layer === layer && i.criterion === criterion);
}

export function matrix({me, terms, nameOf, edit, shown}) {
    const area = h('div', {id: 'matrix'});
    const gemeenteName = code => terms.gemeente(code);
    const layerName = code => terms.layer(code);

    const inputGemeente = select('gemeente', [], {id: 'input-gemeente'});
    const inputLayer = select('layer', terms.layers.map(l => ({value: l.code, label: l.name})), {id: 'input-laag'});
    const inputCriterion = select('criterion', terms.criteria.map(c => ({value: c.code, label: `${c.code} – ${c.name}`})),
        {id: 'input-criterium'});
    const inputLeaning = select('leaning', terms.scales.map(s => ({value: s.code, label: s.name})),
        {empty: 'Geen neiging', id: 'input-neiging'});
    const inputText = textarea('text', {id: 'input-tekst', rows: 5});
    const questionHint = h('span', {class: 'hulp', id: 'input-vraag'});
    const inputForm = form({
        id: 'input-formulier',
        title: 'Input geven',
        submitLabel: 'Input opslaan',
        fields: [
            h('div', {class: 'velden'},
                field({label: 'Gemeente', control: inputGemeente}),
                field({label: 'Laag', control: inputLayer}),
                field({label: 'Criterium', control: inputCriterion})),
            h('div', {class: 'veld'}, h('p', {class: 'label', id: 'input-vraag-label'}, 'Leidende vraag'), questionHint),
            field({label: 'Neiging', hint: 'Naar welk schaalniveau neigt uw gemeente op dit criterium in deze laag?',
                control: inputLeaning}),
            field({label: 'Toelichting', hint: 'Uw argumenten; de andere gemeenten zien deze tekst.', control: inputText}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            const result = await edit(formElement, 'inputs', {
                gemeente: data.gemeente, layer: data.layer, criterion: data.criterion,
                leaning: blankToNull(data.leaning), text: data.text,
            }, `Input van ${gemeenteName(data.gemeente)} op ${data.criterion} (${layerName(data.layer)}) is opgeslagen.`);
            if (result) {
                inputText.dataset.prefilled = inputText.value;
            }
        },
    });
    inputText.setAttribute('aria-describedby', `${inputText.getAttribute('aria-describedby') || ''} input-vraag`.trim());

    function updateQuestion() {
        const criterion = terms.criterion(inputCriterion.value);
        questionHint.textContent = (criterion.questions && criterion.questions[inputLayer.value]) || criterion.summary || '';
    }

    /** Fills leaning and text with the existing input of the chosen cell, unless the user typed something. */
    function prefill() {
        updateQuestion();
        const doc = shown();
        const untouched = inputText.value === '' || inputText.value === (inputText.dataset.prefilled || '');
        if (!untouched || !doc) {
            return;
        }
        const existing = currentInput(doc, inputGemeente.value, inputLayer.value, inputCriterion.value);
        inputText.value = existing ? existing.text : '';
        inputText.dataset.prefilled = inputText.value;
        inputLeaning.value = existing && existing.leaning ? existing.leaning : '';
    }

    [inputGemeente, inputLayer, inputCriterion].forEach(control => control.addEventListener('change', prefill));

    function editCell(gemeente, layer, criterion) {
        inputGemeente.value = gemeente;
        inputLayer.value = layer;
        inputCriterion.value = criterion;
        inputText.value = '';
        inputText.dataset.prefilled = '';
        prefill();
        inputLeaning.focus();
    }

    function render(doc, previous, editableGemeenten) {
        const changed = new Set();
        if (previous) {
            for (const item of doc.inputs) {
                const before = currentInput(previous, item.gemeente, item.layer, item.criterion);
                if (!before || before.at !== item.at) {
                    changed.add(`${item.gemeente}|${item.layer}|${item.criterion}`);
                }
            }
        }
        return [h('h2', {id: 'matrix-titel'}, 'Inbreng per laag en criterium'),
            h('p', {}, 'Per laag geeft iedere gemeente per criterium haar neiging en toelichting. '
                + 'Onder elk criterium staat de leidende vraag voor die laag.'),
            terms.layers.map(layer => {
                const captionId = `matrix-${layer.code}`;
                return h('div', {class: 'tabelhouder', tabindex: '0', role: 'region', 'aria-labelledby': captionId},
                    h('table', {class: 'matrix'},
                        h('caption', {id: captionId}, `Laag ${layer.name}`, h('span', {class: 'hulp'}, layer.meaning)),
                        h('thead', {}, h('tr', {},
                            h('th', {scope: 'col'}, 'Criterium'),
                            doc.gemeenten.map(code => h('th', {scope: 'col'}, gemeenteName(code))))),
                        h('tbody', {}, terms.criteria.map(criterion => h('tr', {},
                            h('th', {scope: 'row'}, `${criterion.code} ${criterion.name}`,
                                h('span', {class: 'vraag'}, (criterion.questions || {})[layer.code] || criterion.summary)),
                            doc.gemeenten.map(gemeente => {
                                const item = currentInput(doc, gemeente, layer.code, criterion.code);
                                const key = `${gemeente}|${layer.code}|${criterion.code}`;
                                const cellClass = [gemeente === me.gemeente ? 'eigen' : '',
                                    changed.has(key) ? 'net-gewijzigd' : ''].join(' ').trim();
                                return h('td', {id: `cel-${layer.code}-${criterion.code}-${gemeente}`, class: cellClass || null},
                                    item ? [
                                        h('span', {class: `neiging neiging--${item.leaning || 'geen'}`},
                                            item.leaning ? terms.scale(item.leaning) : 'Geen neiging'),
                                        h('p', {class: 'celtekst'}, item.text),
                                        h('span', {class: 'wie'}, `${nameOf(item.by)}, ${moment(item.at)}`),
                                    ] : h('span', {class: 'leeg'}, 'Nog geen input'),
                                    editableGemeenten.includes(gemeente)
                                        ? h('div', {}, h('button', {
                                            type: 'button', class: 'knop knop--klein',
                                            id: `bewerk-${layer.code}-${criterion.code}-${gemeente}`,
                                            'aria-label': `Input van ${gemeenteName(gemeente)} op ${criterion.code} ${criterion.name}, laag ${layer.name} bewerken`,
                                            onclick: () => editCell(gemeente, layer.code, criterion.code),
                                        }, 'Bewerken'))
                                        : null);
                            }))))));
            })];
    }

    return {
        element: section('matrix', 'Inbreng per laag en criterium', area, inputForm),
        show(doc, previous, allowed) {
            const editable = allowed.mayEditInputs;
            replaceChildren(area, render(doc, previous, editable));
            const chosen = inputGemeente.value;
            inputGemeente.replaceChildren(...editable.map(g => h('option', {value: g}, gemeenteName(g))));
            if (editable.includes(chosen)) {
                inputGemeente.value = chosen;
            }
            if (!previous) {
                prefill();
            }
            updateQuestion();
            inputForm.hidden = editable.length === 0;
        },
        drop(roleMay) {
            dropUnless(roleMay, 'RECORD_INPUT', inputForm);
        },
    };
}
