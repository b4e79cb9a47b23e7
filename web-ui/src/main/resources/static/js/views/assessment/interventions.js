/**
 * Local interventions through the gouden driehoek (issue 11 §3): a strateeg signals a problem to the own bestuurder;
 * only a bestuurder files a blocking intervention (possibly on a signal, naming the mandate it relates to); it ends
 * withdrawn by that bestuurder, taken over into a later revision, or accepted as a local deviation when every other
 * gemeente consents; a referral to the Bestuurstafel keeps it open. Every form follows allowedActions.
 */
import {api} from '../../api.js';
import {h, replaceChildren} from '../../dom.js';
import {blankToNull, field, form, input, select, textarea, values} from '../../forms.js';
import {date, INTERVENTION_KINDS, INTERVENTION_STATUS, moment, SIGNAL_STATUS} from '../../terms.js';
import {dropUnless, section} from './section.js';

export function interventions({me, terms, nameOf, edit, shown}) {
    const area = h('div', {id: 'interventies'});
    const signalArea = h('div', {id: 'signalen'});
    const gemeenteName = code => terms.gemeente(code);
    const layerName = code => terms.layer(code);
    const layerOptions = () => terms.layers.map(l => ({value: l.code, label: l.name}));
    const describe = i => `${gemeenteName(i.gemeente)}: ${INTERVENTION_KINDS[i.kind] || i.kind} (${layerName(i.layer)})`;
    const mandates = new Map();

    // ---- strateeg: a signal to the own bestuurder ----
    const signalForm = form({
        id: 'signaal-formulier',
        title: 'Signaal aan uw bestuurder',
        submitLabel: 'Signaal geven',
        fields: [
            h('p', {}, 'Een signaal houdt niets tegen: uw bestuurder besluit of er een interventie komt.'),
            field({label: 'Laag', control: select('layer', layerOptions(), {id: 'sg-laag'})}),
            field({label: 'Wat ziet u?', control: textarea('text', {id: 'sg-tekst', rows: 3})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, 'signals', {gemeente: me.gemeente, layer: data.layer, text: data.text},
                `Uw signaal is doorgegeven aan de bestuurder van ${gemeenteName(me.gemeente)}.`);
        },
    });

    // ---- bestuurder: an intervention, possibly on a signal, naming a mandate ----
    const signalChoice = select('signalId', [], {empty: 'Geen signaal', id: 'iv-signaal'});
    const mandateChoice = select('mandateId', [], {empty: 'Geen mandaat', id: 'iv-mandaat'});
    const interventionForm = form({
        id: 'interventie-formulier',
        title: 'Lokaal interveniëren',
        submitLabel: 'Interventie indienen',
        fields: [
            h('p', {}, 'Een open interventie houdt de bestuurlijke bevestiging tegen tot zij is ingetrokken, overgenomen in een latere revisie of als lokale afwijking aanvaard door de andere gemeenten.'),
            h('div', {class: 'velden'},
                field({label: 'Laag', control: select('layer', layerOptions(), {id: 'iv-laag'})}),
                field({label: 'Soort', control: select('kind', Object.entries(INTERVENTION_KINDS).map(([value, label]) => ({value, label})), {id: 'iv-soort'})})),
            field({label: 'Reden', control: textarea('reason', {id: 'iv-reden', rows: 3})}),
            h('div', {class: 'velden'},
                field({label: 'Naar aanleiding van signaal', control: signalChoice}),
                field({label: 'Mandaat waar het om gaat', control: mandateChoice})),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, 'interventions', {gemeente: me.gemeente, layer: data.layer, kind: data.kind,
                reason: data.reason, signalId: blankToNull(data.signalId), mandateId: blankToNull(data.mandateId)},
                `De interventie van ${gemeenteName(me.gemeente)} is ingediend.`);
        },
    });

    const closeChoice = select('signalId', [], {id: 'sg-sluit-keuze'});
    const closeForm = form({
        id: 'signaal-sluiten-formulier',
        title: 'Signaal sluiten zonder interventie',
        submitLabel: 'Signaal sluiten',
        fields: [
            field({label: 'Signaal', control: closeChoice}),
            field({label: 'Toelichting', control: textarea('note', {id: 'sg-sluit-toelichting', rows: 2})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, `signals/${encodeURIComponent(data.signalId)}/closing`, {note: data.note},
                'Het signaal is gesloten.');
        },
    });

    // ---- ending an intervention: withdraw (own bestuurder), take over, refer to the Bestuurstafel ----
    const resolutionDone = h('p', {id: 'afhandel-status', role: 'status', tabindex: '-1'});
    const resolutionChoice = select('interventionId', [], {id: 'afhandel-interventie'});
    const resolutionForm = form({
        id: 'afhandel-formulier',
        title: 'Interventie afhandelen',
        submitLabel: 'Intrekken',
        fields: [
            field({label: 'Interventie', control: resolutionChoice}),
            field({label: 'Datum Bestuurstafel (bij doorverwijzen)', control: input('bestuurstafelOn', {type: 'date', id: 'afhandel-bt'})}),
            // the note comes last, so that Tab goes from it to the actions
            field({label: 'Toelichting', control: textarea('note', {id: 'afhandel-toelichting', rows: 3})}),
        ],
        extraButtons: [
            h('button', {type: 'submit', class: 'knop', name: 'outcome', value: 'OVERGENOMEN'}, 'Overgenomen in de actuele revisie'),
            h('button', {type: 'submit', class: 'knop', name: 'outcome', value: 'DOORVERWEZEN'}, 'Doorverwijzen naar de Bestuurstafel'),
        ],
        onSubmit: async (formElement, submitter) => {
            const outcome = submitter && submitter.value ? submitter.value : 'INGETROKKEN';
            const data = values(formElement);
            if (!data.interventionId) {
                throw {status: 400, problem: {detail: 'Er is geen open interventie om af te handelen.'}, message: ''};
            }
            const chosen = resolutionChoice.selectedOptions[0];
            const what = chosen ? chosen.textContent : 'De interventie';
            const doc = shown();
            const result = await edit(formElement, `interventions/${encodeURIComponent(data.interventionId)}/resolution`,
                {outcome, note: data.note, revision: outcome === 'OVERGENOMEN' && doc.proposal ? doc.proposal.revision : null,
                    bestuurstafelOn: outcome === 'DOORVERWEZEN' ? blankToNull(data.bestuurstafelOn) : null},
                `De interventie is afgehandeld: ${INTERVENTION_STATUS[outcome]}.`);
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

    // ---- the other bestuurders consent to a local deviation ----
    const consentChoice = select('interventionId', [], {id: 'instem-interventie'});
    const consentForm = form({
        id: 'instem-formulier',
        title: 'Instemmen met een lokale afwijking',
        submitLabel: 'Instemmen namens mijn gemeente',
        fields: [
            h('p', {}, 'Stemmen alle andere gemeenten in, dan is de afwijking aanvaard: die gemeente voert deze laag lokaal uit, en de bestuurlijke bevestiging legt die uitzondering vast.'),
            field({label: 'Interventie', control: consentChoice}),
            field({label: 'Toelichting (optioneel)', control: textarea('note', {id: 'instem-toelichting', rows: 2})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, `interventions/${encodeURIComponent(data.interventionId)}/consents`,
                {gemeente: me.gemeente, note: blankToNull(data.note)},
                `${gemeenteName(me.gemeente)} stemt in met de lokale afwijking.`);
        },
    });

    function render(doc) {
        return [h('h2', {}, 'Interventies'),
            doc.interventions.length ? h('ul', {class: 'lijst'}, doc.interventions.map(item => h('li', {id: `interventie-${item.interventionId}`},
                h('strong', {}, describe(item)),
                ' – ', h('span', {class: `label-status label-status--${item.status === 'OPEN' ? 'VOORGESTELD' : 'OPEN'}`},
                    INTERVENTION_STATUS[item.status] || item.status),
                h('p', {class: 'celtekst'}, item.reason),
                h('span', {class: 'wie'}, `Ingediend door ${nameOf(item.by)} op ${moment(item.at)}`
                    + (item.revision ? ` (revisie ${item.revision})` : '')),
                item.mandateId && mandates.has(item.mandateId) ? h('span', {class: 'wie'}, `Mandaat: ${mandates.get(item.mandateId)}`) : null,
                item.bestuurstafelOn && item.status === 'OPEN' ? h('span', {class: 'wie'}, `Doorverwezen naar de Bestuurstafel van ${date(item.bestuurstafelOn)}`) : null,
                item.consents.length ? h('span', {class: 'wie'}, `Ingestemd met de afwijking: ${item.consents.map(gemeenteName).join(', ')}`) : null,
                item.resolvedAt && item.status !== 'OPEN' ? h('span', {class: 'wie'}, `Afgehandeld door ${nameOf(item.resolvedBy)} op ${moment(item.resolvedAt)}`
                    + (item.resolvedRevision ? ` (revisie ${item.resolvedRevision})` : ''), item.note ? `: ${item.note}` : '') : null)))
                : h('p', {class: 'leeg'}, 'Er zijn geen interventies.')];
    }

    function renderSignals(doc) {
        return doc.signals.length ? [h('h3', {}, 'Signalen van strategen'), h('ul', {class: 'lijst'}, doc.signals.map(signal => h('li', {id: `signaal-${signal.signalId}`},
            h('strong', {}, `${gemeenteName(signal.gemeente)} (${layerName(signal.layer)})`), ' – ', SIGNAL_STATUS[signal.status] || signal.status,
            h('p', {class: 'celtekst'}, signal.text),
            h('span', {class: 'wie'}, `Gesignaleerd door ${nameOf(signal.by)} op ${moment(signal.at)}`),
            signal.status === 'GESLOTEN' && signal.note ? h('span', {class: 'wie'}, `Gesloten: ${signal.note}`) : null)))] : [];
    }

    function fill(choice, items, label) {
        const selected = choice.value;
        const empty = [...choice.options].filter(option => option.value === '');
        choice.replaceChildren(...empty, ...items.map(item => h('option', {value: item.id}, label(item))));
        if (items.some(item => item.id === selected)) {
            choice.value = selected;
        }
    }

    let mandatesAsked = false;
    async function loadMandates(doc) {
        mandatesAsked = true;
        try {
            const items = await api.get(`/api/mandates?themeCode=${encodeURIComponent(doc.themeCode)}`);
            for (const item of items) {
                mandates.set(item.mandateId, `${item.bestuurlijkOpdrachtgever} (bestuurlijk opdrachtgever)${item.active ? '' : ', beëindigd'}`);
            }
            fill(mandateChoice, items.filter(item => item.active).map(item => ({id: item.mandateId})), item => mandates.get(item.id));
        } catch (ignored) {
            // without mandates the intervention names none
        }
    }

    return {
        element: section('interventies', 'Interventies', area, signalArea, signalForm, interventionForm, closeForm,
            consentForm, resolutionDone, resolutionForm),
        show(doc, previous, allowed) {
            if (!mandatesAsked && allowed.roleMay.includes('INTERVENE')) {
                loadMandates(doc);
            }
            replaceChildren(area, render(doc));
            replaceChildren(signalArea, renderSignals(doc));
            const open = doc.interventions.filter(i => i.status === 'OPEN');
            const ownOrAll = me.role === 'BESTUURDER' ? open.filter(i => i.gemeente === me.gemeente) : open;
            fill(resolutionChoice, ownOrAll.map(i => ({...i, id: i.interventionId})), describe);
            fill(consentChoice, open.filter(i => i.gemeente !== me.gemeente && !i.consents.includes(me.gemeente))
                .map(i => ({...i, id: i.interventionId})), describe);
            const ownSignals = doc.signals.filter(s => s.status === 'OPEN' && s.gemeente === me.gemeente)
                .map(s => ({...s, id: s.signalId}));
            const signalLabel = s => `${layerName(s.layer)}: ${s.text.length > 60 ? `${s.text.slice(0, 59)}…` : s.text}`;
            fill(signalChoice, ownSignals, signalLabel);
            fill(closeChoice, ownSignals, signalLabel);
            signalForm.hidden = !allowed.maySignal;
            interventionForm.hidden = !allowed.mayIntervene;
            closeForm.hidden = !allowed.mayHandleSignals;
            consentForm.hidden = !allowed.mayConsentToDeviation;
            resolutionForm.hidden = !allowed.mayResolveInterventions;
        },
        drop(roleMay) {
            dropUnless(roleMay, 'RECORD_SIGNAL', signalForm);
            dropUnless(roleMay, 'INTERVENE', interventionForm);
            dropUnless(roleMay, 'HANDLE_SIGNAL', closeForm);
            dropUnless(roleMay, 'CONSENT_TO_DEVIATION', consentForm);
            dropUnless(roleMay, 'RESOLVE_INTERVENTION', resolutionForm);
            dropUnless(roleMay, 'RESOLVE_INTERVENTION', resolutionDone);
        },
    };
}
