/** Local interventions, the form to intervene for the own gemeente, and the programmateam's form to resolve one. */
import {h, replaceChildren} from '../../dom.js';
import {field, form, select, textarea, values} from '../../forms.js';
import {INTERVENTION_KINDS, INTERVENTION_STATUS, moment} from '../../terms.js';
import {dropUnless, section} from './section.js';

export function interventions({me, terms, nameOf, edit}) {
    const area = h('div', {id: 'interventies'});
    const gemeenteName = code => terms.gemeente(code);
    const layerName = code => terms.layer(code);
    const interventionForm = form({
        id: 'interventie-formulier',
        title: 'Lokaal interveniëren',
        submitLabel: 'Interventie indienen',
        fields: [
            h('p', {}, 'Een open interventie houdt het besluit tegen tot het programmateam haar afhandelt.'),
            h('div', {class: 'velden'},
                field({label: 'Laag', control: select('layer', terms.layers.map(l => ({value: l.code, label: l.name})), {id: 'iv-laag'})}),
                field({label: 'Soort', control: select('kind', Object.entries(INTERVENTION_KINDS).map(([value, label]) => ({value, label})), {id: 'iv-soort'})})),
            field({label: 'Reden', control: textarea('reason', {id: 'iv-reden', rows: 3})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, 'interventions', {gemeente: me.gemeente, layer: data.layer, kind: data.kind, reason: data.reason},
                `De interventie van ${gemeenteName(me.gemeente)} is ingediend.`);
        },
    });

    // stays when the resolution form goes away with the last open intervention, so focus has somewhere to land
    const resolutionDone = h('p', {id: 'afhandel-status', role: 'status', tabindex: '-1'});
    const resolutionChoice = select('interventionId', [], {id: 'afhandel-interventie'});
    const resolutionForm = form({
        id: 'afhandel-formulier',
        title: 'Interventie afhandelen',
        submitLabel: 'Intrekken',
        fields: [
            field({label: 'Interventie', control: resolutionChoice}),
            field({label: 'Toelichting', control: textarea('note', {id: 'afhandel-toelichting', rows: 3})}),
        ],
        extraButtons: [
            h('button', {type: 'submit', class: 'knop', name: 'outcome', value: 'OVERGENOMEN'}, 'Overnemen in nieuw voorstel'),
            h('button', {type: 'submit', class: 'knop', name: 'outcome', value: 'VERWORPEN'}, 'Verwerpen'),
        ],
        onSubmit: async (formElement, submitter) => {
            const outcome = submitter && submitter.value ? submitter.value : 'INGETROKKEN';
            const data = values(formElement);
            if (!data.interventionId) {
                throw {status: 400, problem: {detail: 'Er is geen open interventie om af te handelen.'}, message: ''};
            }
            const chosen = resolutionChoice.selectedOptions[0];
            const what = chosen ? chosen.textContent : 'De interventie';
            const result = await edit(formElement, `interventions/${encodeURIComponent(data.interventionId)}/resolution`,
                {outcome, note: data.note}, `De interventie is afgehandeld: ${INTERVENTION_STATUS[outcome]}.`);
            if (result) {
                const left = resolutionChoice.options.length;
                resolutionDone.textContent = `Afgehandeld: ${what} – ${INTERVENTION_STATUS[outcome]}. `
                    + (left ? `Er ${left === 1 ? 'staat nog 1 interventie' : `staan nog ${left} interventies`} open.`
                        : 'Er staan geen interventies meer open.');
                formElement.querySelector('textarea').value = '';
                resolutionDone.focus();
            }
        },
    });
    resolutionForm.querySelector('button[type="submit"].knop--primair').value = 'INGETROKKEN';

    function render(doc) {
        return [h('h2', {}, 'Interventies'),
            doc.interventions.length ? h('ul', {class: 'lijst'}, doc.interventions.map(item => h('li', {id: `interventie-${item.interventionId}`},
                h('strong', {}, `${gemeenteName(item.gemeente)}: ${INTERVENTION_KINDS[item.kind] || item.kind} (${layerName(item.layer)})`),
                ' – ', h('span', {class: `label-status label-status--${item.status === 'OPEN' ? 'VOORGESTELD' : 'OPEN'}`},
                    INTERVENTION_STATUS[item.status] || item.status),
                h('p', {class: 'celtekst'}, item.reason),
                h('span', {class: 'wie'}, `Ingediend door ${nameOf(item.by)} op ${moment(item.at)}`),
                item.resolvedAt ? h('span', {class: 'wie'}, `Afgehandeld door ${nameOf(item.resolvedBy)} op ${moment(item.resolvedAt)}`,
                    item.note ? `: ${item.note}` : '') : null)))
                : h('p', {class: 'leeg'}, 'Er zijn geen interventies.')];
    }

    return {
        element: section('interventies', 'Interventies', area, interventionForm, resolutionDone, resolutionForm),
        show(doc, previous, allowed) {
            replaceChildren(area, render(doc));
            const open = doc.interventions.filter(i => i.status === 'OPEN');
            const selected = resolutionChoice.value;
            resolutionChoice.replaceChildren(...open.map(i => h('option', {value: i.interventionId},
                `${gemeenteName(i.gemeente)}: ${INTERVENTION_KINDS[i.kind] || i.kind} (${layerName(i.layer)})`)));
            if (open.some(i => i.interventionId === selected)) {
                resolutionChoice.value = selected;
            }
            interventionForm.hidden = !allowed.mayIntervene;
            resolutionForm.hidden = !allowed.mayResolveInterventions;
        },
        drop(roleMay) {
            dropUnless(roleMay, 'INTERVENE', interventionForm);
            dropUnless(roleMay, 'RESOLVE_INTERVENTION', resolutionForm);
            dropUnless(roleMay, 'RESOLVE_INTERVENTION', resolutionDone);
        },
    };
}
