/** The current proposal (scale per layer and rationale), and the form to propose a new revision. */
import {h, replaceChildren} from '../../dom.js';
import {field, form, select, textarea} from '../../forms.js';
import {moment} from '../../terms.js';
import {dropUnless, section} from './section.js';
import {guideline, deviationFields, deviationsOf} from './guideline.js';

export function proposal({terms, nameOf, edit, revisionLabel}) {
    const area = h('div', {id: 'voorstel'});
    const proposalSelects = terms.layers.map((layer, index) => {
        const control = select(`scales.${layer.code}`, terms.scales.map(s => ({value: s.code, label: s.name})),
            {empty: 'Kies een schaal', id: `voorstel-${layer.code}`});
        if (index === 0) {
            control.dataset.veld = 'scales';
        }
        return {layer, control};
    });
    const proposalRationale = textarea('rationale', {id: 'voorstel-onderbouwing', rows: 4});
    const tally = guideline({terms});
    const deviations = deviationFields({terms});
    const proposalForm = form({
        id: 'voorstel-formulier',
        title: 'Schaal voorstellen',
        submitLabel: 'Voorstel doen',
        fields: [
            h('fieldset', {class: 'veld'}, h('legend', {}, 'Schaalniveau per laag'),
                h('div', {class: 'velden'}, proposalSelects.map(({layer, control}) =>
                    field({label: layer.name, control})))),
            field({label: 'Onderbouwing', hint: 'Een nieuw voorstel maakt eerdere bevestigingen ongedaan.', control: proposalRationale}),
            deviations.element,
        ],
        onSubmit: async formElement => {
            const scales = {};
            for (const {layer, control} of proposalSelects) {
                scales[layer.code] = control.value;
            }
            await edit(formElement, 'proposals', {scales, rationale: proposalRationale.value,
                deviations: deviations.values()}, 'Uw voorstel is vastgelegd.');
        },
    });

    function render(doc) {
        const current = doc.proposal;
        const label = current ? revisionLabel(doc, current.revision) : '';
        return [h('h2', {}, 'Voorstel'),
            current ? [
                h('p', {id: 'voorstel-revisie'}, `${capitalised(label)} (cyclus ${doc.cycle}), voorgesteld door ${nameOf(current.by)} op ${moment(current.at)}.`),
                h('table', {},
                    h('caption', {class: 'visueel-verborgen'}, `Voorgestelde schaal per laag, ${label}`),
                    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Laag'), h('th', {scope: 'col'}, 'Schaal'))),
                    h('tbody', {}, terms.layers.map(layer => h('tr', {},
                        h('th', {scope: 'row'}, layer.name), h('td', {}, terms.scale(current.scales[layer.code])))))),
                h('h3', {}, 'Onderbouwing'),
                h('p', {class: 'celtekst'}, current.rationale),
                deviationsOf(current, terms),
            ] : h('p', {class: 'leeg'}, 'Er is nog geen voorstel.')];
    }

    function capitalised(text) {
        return text.charAt(0).toUpperCase() + text.substring(1);
    }

    return {
        element: section('voorstel', 'Voorstel', area, h('div', {class: 'voorstel-met-richtlijn'}, proposalForm, tally.element)),
        show(doc, previous, allowed) {
            replaceChildren(area, render(doc));
            // the form starts from the current proposal
            if (doc.proposal && (!previous || !previous.proposal || previous.proposal.revision !== doc.proposal.revision)) {
                for (const {layer, control} of proposalSelects) {
                    control.value = doc.proposal.scales[layer.code] || '';
                }
            }
            proposalForm.hidden = !allowed.mayPropose;
            tally.show(doc);
            tally.element.hidden = !allowed.mayPropose;
        },
        drop(roleMay) {
            dropUnless(roleMay, 'PROPOSE_SCALE', proposalForm);
        },
    };
}
