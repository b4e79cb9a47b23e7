/**
 * The input matrix per layer × criterion: a table per layer on wide screens, a card per gemeente on narrow
 * ones. Beside each criterion a tally of the leanings ("3× regionaal, 2× lokaal"). A cell is edited where it
 * is: its Bewerken button opens an editor in the cell (leaning and text); Opslaan saves, Annuleren or Escape
 * closes it, and focus returns to the cell's button. Open editors are kept while the document changes under
 * them, so a change of someone else never takes away what the user is typing.
 */
import {h, replaceChildren} from '../../dom.js';
import {blankToNull, checkboxes, checked, field, form, select, textarea} from '../../forms.js';
import {moment} from '../../terms.js';
import {section} from './section.js';

const NARROW = '(max-width: 40rem)';

function currentInput(doc, gemeente, layer, criterion) {
    return doc.inputs.find(i => i.gemeente === gemeente && i.layer === layer && i.criterion === criterion);
}

function cellKey(gemeente, layer, criterion) {
    return `${layer}-${criterion}-${gemeente}`;
}

/** "3× regionaal, 2× lokaal": the leanings of the gemeenten on one criterion in one layer, most frequent first. */
export function tally(doc, terms, layer, criterion) {
    const counts = new Map();
    for (const gemeente of doc.gemeenten) {
        const item = currentInput(doc, gemeente, layer, criterion);
        if (item) {
            const key = item.leaning || '';
            counts.set(key, (counts.get(key) || 0) + 1);
        }
    }
    if (!counts.size) {
        return 'Nog geen neigingen';
    }
    const order = code => code ? terms.scales.findIndex(scale => scale.code === code) : terms.scales.length;
    return [...counts.entries()]
        .sort(([a, countA], [b, countB]) => countB - countA || order(a) - order(b))
        .map(([code, count]) => `${count}× ${code ? terms.scale(code).toLowerCase() : 'geen neiging'}`)
        .join(', ');
}

/** The guideline's indicators of a layer as the document lists them: [{indicator, scale, text, gemeenten}]. */
function layerIndicators(doc, layer) {
    const part = ((doc && doc.guideline) || []).find(g => g.layer === layer);
    return part ? part.indicators : [];
}

function indicatorText(doc, layer, code) {
    const found = layerIndicators(doc, layer).find(mark => mark.indicator === code);
    return found ? found.text : code;
}

/**
 * The guideline's indicators to mark with the input (issue 11 §1), one group per scale, as the API takes them
 * (`indicators: ["REGIONAAL.1", ...]`); the ones this input marked already are ticked.
 */
function indicatorChoices(doc, layer, existing, terms) {
    const all = layerIndicators(doc, layer);
    if (!all.length) {
        return null;
    }
    const marked = new Set((existing && existing.indicators) || []);
    const scales = [...new Set(all.map(mark => mark.scale))];
    // folded unless this input marked some: the cell's editor stays short, and Tab reaches Opslaan quickly
    return h('details', {class: 'indicatorkeuze', open: marked.size > 0},
        h('summary', {}, `Indicatoren uit de richtlijn (${marked.size} gemarkeerd)`),
        h('fieldset', {class: 'veld'},
            h('legend', {}, 'Indicatoren uit de richtlijn die hier gelden (optioneel)'),
            h('p', {class: 'hulp'}, 'De richtlijn helpt bij het voorstel; zij beslist niet.'),
            scales.map(scale => checkboxes('indicators', `Wijst naar ${String(terms.scale(scale)).toLowerCase()}`,
                all.filter(mark => mark.scale === scale).map(mark => ({value: mark.indicator, label: mark.text})),
                value => marked.has(value)))));
}

export function matrix({me, terms, nameOf, edit, shown}) {
    const area = h('div', {id: 'matrix'});
    const status = h('p', {id: 'matrix-status', role: 'status', tabindex: '-1'});
    const gemeenteName = code => terms.gemeente(code);
    const editors = new Map();
    const narrow = window.matchMedia(NARROW);
    let last = null;

    /** The editor of one cell, built when it opens and kept until it is saved or cancelled. */
    function openEditor(gemeente, layer, criterion) {
        const key = cellKey(gemeente, layer, criterion);
        if (editors.has(key)) {
            return editors.get(key);
        }
        const doc = shown();
        const existing = doc ? currentInput(doc, gemeente, layer, criterion) : null;
        const crit = terms.criterion(criterion);
        const place = `${gemeenteName(gemeente)} op ${crit.code} ${crit.name}, laag ${terms.layer(layer)}`;
        const leaning = select('leaning', terms.scales.map(s => ({value: s.code, label: s.name})),
            {empty: 'Geen neiging', id: `neiging-${key}`, value: existing && existing.leaning ? existing.leaning : ''});
        const text = textarea('text', {id: `tekst-${key}`, rows: 4});
        text.value = existing ? existing.text : '';
        const indicators = indicatorChoices(doc, layer, existing, terms);
        const cancel = h('button', {type: 'button', class: 'knop', id: `annuleer-${key}`}, 'Annuleren');
        const editor = form({
            id: `bewerker-${key}`,
            title: `Input van ${place}`,
            className: 'formulier celbewerker',
            submitLabel: 'Opslaan',
            extraButtons: [cancel],
            fields: [
                field({label: 'Neiging', control: leaning}),
                field({label: 'Toelichting', hint: 'De andere gemeenten zien deze tekst.', control: text}),
                indicators,
            ],
            onSubmit: async formElement => {
                const result = await edit(formElement, 'inputs', {
                    gemeente, layer, criterion, leaning: blankToNull(leaning.value), text: text.value,
                    indicators: checked(formElement, 'indicators'),
                }, `Input van ${place} is opgeslagen.`);
                if (result) {
                    status.textContent = `Opgeslagen: input van ${place}.`;
                    close(key);
                }
            },
        });
        editor.querySelector('h3').classList.add('visueel-verborgen');
        text.setAttribute('aria-describedby',
            `${text.getAttribute('aria-describedby') || ''} vraag-${layer}-${criterion}`.trim());
        cancel.addEventListener('click', () => close(key));
        editor.addEventListener('keydown', event => {
            if (event.key === 'Escape') {
                event.preventDefault();
                close(key);
            }
        });
        editors.set(key, editor);
        redraw();
        leaning.focus();
        return editor;
    }

    /** Closes a cell's editor and gives the focus back to the cell's Bewerken button. */
    function close(key) {
        editors.delete(key);
        redraw();
        const button = document.getElementById(`bewerk-${key}`);
        if (button) {
            button.focus();
        }
    }

    function cell(doc, gemeente, layer, criterion, editable, changed, tag) {
        const key = cellKey(gemeente, layer, criterion);
        const item = currentInput(doc, gemeente, layer, criterion);
        const crit = terms.criterion(criterion);
        const editor = editors.get(key);
        const className = [gemeente === me.gemeente ? 'eigen' : '', changed.has(key) ? 'net-gewijzigd' : '',
            editor ? 'bewerkt' : ''].join(' ').trim();
        return h(tag, {id: `cel-${key}`, class: className || null},
            tag === 'li' ? h('span', {class: 'criterium'}, `${crit.code} ${crit.name}`) : null,
            item ? [
                h('span', {class: `neiging neiging--${item.leaning || 'geen'}`},
                    item.leaning ? terms.scale(item.leaning) : 'Geen neiging'),
                h('p', {class: 'celtekst'}, item.text),
                (item.indicators || []).length ? h('p', {class: 'klein'}, `Indicatoren: ${item.indicators
                    .map(code => indicatorText(doc, layer, code)).join('; ')}`) : null,
                h('span', {class: 'wie'}, `${nameOf(item.by)}, ${moment(item.at)}`),
            ] : h('span', {class: 'leeg'}, 'Nog geen input'),
            editor && editable ? editor : null,
            !editor && editable ? h('div', {}, h('button', {
                type: 'button', class: 'knop knop--klein',
                id: `bewerk-${key}`,
                'aria-label': `Input van ${gemeenteName(gemeente)} op ${crit.code} ${crit.name}, laag ${terms.layer(layer)} bewerken`,
                onclick: () => openEditor(gemeente, layer, criterion),
            }, 'Bewerken')) : null);
    }

    function changedCells(doc, previous) {
        const changed = new Set();
        if (previous) {
            for (const item of doc.inputs) {
                const before = currentInput(previous, item.gemeente, item.layer, item.criterion);
                if (!before || before.at !== item.at) {
                    changed.add(cellKey(item.gemeente, item.layer, item.criterion));
                }
            }
        }
        return changed;
    }

    function question(layer, criterion) {
        return h('span', {class: 'vraag', id: `vraag-${layer.code}-${criterion.code}`},
            (criterion.questions || {})[layer.code] || criterion.summary);
    }

    function table(doc, layer, editable, changed) {
        const captionId = `matrix-${layer.code}`;
        return h('div', {class: 'tabelhouder', tabindex: '0', role: 'region', 'aria-labelledby': captionId},
            h('table', {class: 'matrix'},
                h('caption', {id: captionId}, `Laag ${layer.name}`, h('span', {class: 'hulp'}, layer.meaning)),
                h('thead', {}, h('tr', {},
                    h('th', {scope: 'col'}, 'Criterium'),
                    h('th', {scope: 'col'}, 'Neigingen samen'),
                    doc.gemeenten.map(code => h('th', {scope: 'col'}, gemeenteName(code))))),
                h('tbody', {}, terms.criteria.map(criterion => h('tr', {},
                    h('th', {scope: 'row'}, `${criterion.code} ${criterion.name}`, question(layer, criterion)),
                    h('td', {class: 'telling', id: `telling-${layer.code}-${criterion.code}`},
                        tally(doc, terms, layer.code, criterion.code)),
                    doc.gemeenten.map(gemeente => cell(doc, gemeente, layer.code, criterion.code,
                        editable.includes(gemeente), changed, 'td')))))));
    }

    function cards(doc, layer, editable, changed) {
        const headingId = `matrix-${layer.code}`;
        return h('section', {class: 'matrixlaag', 'aria-labelledby': headingId},
            h('h3', {id: headingId}, `Laag ${layer.name}`),
            h('p', {class: 'hulp'}, layer.meaning),
            h('ul', {class: 'tellingen', 'aria-label': `Neigingen samen, laag ${layer.name}`},
                terms.criteria.map(criterion => h('li', {},
                    h('strong', {}, `${criterion.code} ${criterion.name}: `),
                    h('span', {class: 'telling', id: `telling-${layer.code}-${criterion.code}`},
                        tally(doc, terms, layer.code, criterion.code)),
                    question(layer, criterion)))),
            doc.gemeenten.map(gemeente => {
                const cardId = `kaart-${layer.code}-${gemeente}`;
                return h('section', {class: 'kaart', id: cardId, 'aria-labelledby': `${cardId}-titel`},
                    h('h4', {id: `${cardId}-titel`}, gemeenteName(gemeente)),
                    h('ul', {class: 'kaart__cellen'}, terms.criteria.map(criterion =>
                        cell(doc, gemeente, layer.code, criterion.code, editable.includes(gemeente), changed, 'li'))));
            }));
    }

    function render(doc, previous, editable) {
        const changed = changedCells(doc, previous);
        const perLayer = narrow.matches ? cards : table;
        return [h('h2', {id: 'matrix-titel'}, 'Inbreng per laag en criterium'),
            h('p', {}, 'Per laag geeft iedere gemeente per criterium haar neiging en toelichting. '
                + 'Onder elk criterium staat de leidende vraag voor die laag; "Neigingen samen" telt de neigingen van alle gemeenten.'),
            editable.length ? h('p', {}, 'Met de knop Bewerken in een cel past u de input van die cel aan, in de cel zelf. '
                + 'Escape sluit de bewerking zonder op te slaan.') : null,
            status,
            terms.layers.map(layer => perLayer(doc, layer, editable, changed))];
    }

    function redraw() {
        if (last && area.isConnected) {
            replaceChildren(area, render(last.doc, null, last.editable));
        }
    }

    narrow.addEventListener('change', redraw);

    return {
        element: section('matrix', 'Inbreng per laag en criterium', area),
        show(doc, previous, allowed) {
            const editable = allowed.mayEditInputs;
            for (const key of [...editors.keys()]) {
                if (!editable.some(gemeente => key.endsWith(`-${gemeente}`))) {
                    editors.delete(key);
                }
            }
            last = {doc, editable};
            replaceChildren(area, render(doc, previous, editable));
        },
        drop() {
            // nothing to remove: a cell offers Bewerken only for the gemeenten in allowedActions.mayEditInputs
        },
    };
}
