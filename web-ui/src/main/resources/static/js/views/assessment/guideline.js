/**
 * The outcome guideline beside the proposal form (issue 11 section 1): per layer how many inputs lean to each
 * scale and which indicators of the guideline the participants marked; the reasons for deviating from the most
 * frequent leaning (comply or explain), as fields of the form and as part of a shown proposal.
 */
import {h, replaceChildren} from '../../dom.js';
import {field, textarea} from '../../forms.js';

export function guideline({terms}) {
    const area = h('div', {id: 'richtlijn-telling'});
    const element = h('div', {class: 'richtlijn', role: 'group', 'aria-labelledby': 'richtlijn-titel'},
        h('h3', {id: 'richtlijn-titel'}, 'Richtlijn: neigingen en indicatoren'),
        h('p', {class: 'hulp'}, 'De uitkomstrichtlijn is een hulpmiddel, geen automatisch oordeel. Wijkt u af van de '
            + 'meest gekozen neiging, geef dan de reden.'),
        area);

    function layerPart(layer) {
        const name = terms.layers.find(l => l.code === layer.layer)?.name || layer.layer;
        const marked = layer.indicators.filter(mark => mark.gemeenten.length);
        return h('div', {class: 'richtlijn-laag', id: `richtlijn-${layer.layer}`},
            h('h4', {}, name),
            h('table', {},
                h('caption', {class: 'visueel-verborgen'}, `Neigingen in laag ${name}`),
                h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Schaal'), h('th', {scope: 'col'}, 'Aantal neigingen'))),
                h('tbody', {}, Object.entries(layer.leanings).map(([scale, count]) => h('tr', {},
                    h('th', {scope: 'row'}, terms.scale(scale)),
                    h('td', {}, String(count), layer.mostFrequent.includes(scale)
                        ? h('span', {class: 'meest'}, ' (meest gekozen)') : null))))),
            marked.length
                ? h('ul', {class: 'indicatoren'}, marked.map(mark => h('li', {},
                    `${mark.text} (${terms.scale(mark.scale)}): `,
                    mark.gemeenten.map(g => terms.gemeente(g)).join(', '))))
                : h('p', {class: 'leeg'}, 'Geen indicatoren gemarkeerd.'));
    }

    return {
        element,
        show(doc) {
            replaceChildren(area, (doc.guideline || []).length
                ? doc.guideline.map(layerPart) : h('p', {class: 'leeg'}, 'Nog geen inbreng.'));
        },
    };
}

/** A reason field per layer; only the filled ones are sent. */
export function deviationFields({terms}) {
    const controls = terms.layers.map(layer => ({layer, control: textarea(`deviations.${layer.code}`,
        {id: `afwijking-${layer.code}`, rows: 2})}));
    if (controls.length) {
        controls[0].control.dataset.veld = 'deviations';
    }
    const element = h('fieldset', {class: 'veld'},
        h('legend', {}, 'Reden van afwijking (alleen waar de schaal afwijkt van de meest gekozen neiging)'),
        controls.map(({layer, control}) => field({label: `Afwijking ${layer.name}`, control})));
    return {
        element,
        values() {
            const reasons = {};
            for (const {layer, control} of controls) {
                if (control.value.trim()) {
                    reasons[layer.code] = control.value;
                }
            }
            return reasons;
        },
    };
}

/** The reasons of a proposal for deviating from the most frequent leaning, if any. */
export function deviationsOf(proposal, terms) {
    const entries = Object.entries(proposal.deviations || {});
    if (!entries.length) {
        return null;
    }
    return [h('h3', {}, 'Afwijkingen van de meest gekozen neiging'),
        h('dl', {class: 'afwijkingen', id: 'voorstel-afwijkingen'}, entries.map(([layer, reason]) => [
            h('dt', {}, terms.layers.find(l => l.code === layer)?.name || layer),
            h('dd', {class: 'celtekst'}, reason)]))];
}
