/**
 * Afweging: one assessment with the input of every gemeente per layer and criterion, the proposal,
 * responsibilities, preconditions, confirmations, interventions and the decision, each with the forms
 * the signed-in role may use.
 *
 * Forms are built once and kept while the page is open, so a change of someone else never takes away
 * what the user is typing; only the read-only parts are redrawn. Every editing request carries
 * expectedVersion: the version of the document the page shows. Live events (STOMP) make the page fetch
 * the document again with ?minVersion, and are announced politely.
 */
import {api} from '../api.js';
import {h, replaceChildren} from '../dom.js';
import {blankToNull, field, form, input, select, showConflict, showProblem, showSuccess, textarea, values} from '../forms.js';
import {framework, INTERVENTION_KINDS, INTERVENTION_STATUS, LEVELS, moment, PRECONDITION_KINDS,
    RESPONSIBILITY_KINDS, STATUS, time} from '../terms.js';
import {live} from '../live.js';
import {announce, setTitle} from '../shell.js';

export async function assessment(container, {me, parameters}) {
    const id = parameters[0];
    const base = `/api/assessments/${encodeURIComponent(id)}`;
    // minVersion=0 waits for an assessment that was opened a moment ago and is not projected yet
    const first = await api.get(`${base}?minVersion=0`);
    const terms = await framework(first.frameworkVersion);
    const names = new Map();
    const state = {doc: null, lastSequence: first.version, wanted: first.version, refreshing: null,
        liveOn: true, pending: 0, left: false};
    try {
        const entries = await api.get(`${base}/history`);
        for (const entry of entries) {
            rememberActor(entry.actor);
        }
    } catch (ignored) {
        // names of people are a nicety; user ids are shown instead
    }

    function rememberActor(actor) {
        if (actor && actor.userId && actor.name) {
            names.set(actor.userId, actor.name);
        }
    }

    const nameOf = userId => names.get(userId) || userId || 'onbekend';
    const gemeenteName = code => terms.gemeente(code);
    const layerName = code => terms.layer(code);
    const scaleName = code => terms.scale(code);

    // ---- what the role may do -------------------------------------------------------------------
    const role = me.role;
    const isParticipant = doc => !!me.gemeente && doc.gemeenten.includes(me.gemeente);
    const may = {
        input: doc => role === 'PROGRAMMATEAM' || (role === 'STRATEEG' && isParticipant(doc)),
        inputFor: (doc, gemeente) => role === 'PROGRAMMATEAM' || (role === 'STRATEEG' && gemeente === me.gemeente),
        propose: () => role === 'STRATEEG' || role === 'PROGRAMMATEAM',
        confirm: doc => role === 'BESTUURDER' && isParticipant(doc),
        intervene: doc => (role === 'BESTUURDER' || role === 'STRATEEG') && isParticipant(doc),
        resolve: () => role === 'PROGRAMMATEAM',
        reopen: () => role === 'PROGRAMMATEAM',
    };

    // ---- page skeleton ----------------------------------------------------------------------------
    const heading = h('h1', {id: 'afweging-titel'});
    const facts = h('dl', {class: 'kenmerken', id: 'kenmerken'});
    const connection = h('p', {class: 'verbinding', id: 'verbinding'});
    const presence = h('p', {id: 'meekijkers'});
    const lastChange = h('p', {id: 'laatste-wijziging', 'aria-live': 'polite', 'aria-atomic': 'true'});
    const liveToggle = h('input', {type: 'checkbox', id: 'live-aan', checked: true});
    const pendingArea = h('div', {id: 'wachtende-wijzigingen'});
    const decisionArea = h('div', {id: 'besluit'});
    const matrixArea = h('div', {id: 'matrix'});
    const proposalArea = h('div', {id: 'voorstel'});
    const responsibilityArea = h('div', {id: 'verantwoordelijkheden'});
    const preconditionArea = h('div', {id: 'randvoorwaarden'});
    const confirmationArea = h('div', {id: 'bevestigingen'});
    const interventionArea = h('div', {id: 'interventies'});

    container.append(
        h('p', {}, h('a', {href: '#/'}, 'Terug naar het overzicht')),
        heading,
        facts,
        h('p', {}, h('a', {href: `#/afweging/${encodeURIComponent(id)}/geschiedenis`, id: 'geschiedenis-link'},
            'Geschiedenis van deze afweging bekijken')),
        h('div', {class: 'statusbalk', role: 'group', 'aria-label': 'Live samenwerken'},
            connection, presence,
            h('label', {class: 'keuze', for: 'live-aan'}, liveToggle, 'Wijzigingen van anderen direct tonen'),
            lastChange),
        pendingArea,
        decisionArea);

    // ---- editing requests -------------------------------------------------------------------------
    /**
     * Sends an editing request with the version the page shows. On success the document is fetched
     * again with ?minVersion (read-your-writes). On a concurrent change the problem and the unseen
     * changes are shown and the document is reloaded, so the user can look and retry.
     */
    async function edit(formElement, path, body, successText) {
        const sentVersion = state.doc.version;
        try {
            const result = await api.post(`${base}/${path}`, {...body, expectedVersion: sentVersion});
            showSuccess(formElement, successText);
            announce(successText);
            if (result && typeof result.version === 'number') {
                await refresh(result.version);
            }
            return result;
        } catch (error) {
            if (error.status === 409) {
                const reloaded = await reloadNow();
                if (error.problem && Array.isArray(error.problem.unseenChanges)) {
                    showConflict(formElement, error, reloaded ? reloaded.version : null, nameOf);
                } else {
                    showProblem(formElement, error);
                }
                return null;
            }
            throw error;
        }
    }

    // ---- the input matrix and its form ------------------------------------------------------------
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

    function currentInput(doc, gemeente, layer, criterion) {
        return doc.inputs.find(i => i.gemeente === gemeente && i.layer === layer && i.criterion === criterion);
    }

    function updateQuestion() {
        const criterion = terms.criterion(inputCriterion.value);
        questionHint.textContent = (criterion.questions && criterion.questions[inputLayer.value]) || criterion.summary || '';
    }

    /** Fills leaning and text with the existing input of the chosen cell, unless the user typed something. */
    function prefill() {
        updateQuestion();
        const untouched = inputText.value === '' || inputText.value === (inputText.dataset.prefilled || '');
        if (!untouched || !state.doc) {
            return;
        }
        const existing = currentInput(state.doc, inputGemeente.value, inputLayer.value, inputCriterion.value);
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

    function renderMatrix(doc, previous) {
        const changed = new Set();
        if (previous) {
            for (const item of doc.inputs) {
                const before = currentInput(previous, item.gemeente, item.layer, item.criterion);
                if (!before || before.at !== item.at) {
                    changed.add(`${item.gemeente}|${item.layer}|${item.criterion}`);
                }
            }
        }
        const editable = doc.status !== 'BESLOTEN';
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
                                            item.leaning ? scaleName(item.leaning) : 'Geen neiging'),
                                        h('p', {class: 'celtekst'}, item.text),
                                        h('span', {class: 'wie'}, `${nameOf(item.by)}, ${moment(item.at)}`),
                                    ] : h('span', {class: 'leeg'}, 'Nog geen input'),
                                    editable && may.inputFor(doc, gemeente) && doc.gemeenten.includes(gemeente)
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

    // ---- proposal ---------------------------------------------------------------------------------
    const proposalSelects = terms.layers.map((layer, index) => {
        const control = select(`scales.${layer.code}`, terms.scales.map(s => ({value: s.code, label: s.name})),
            {empty: 'Kies een schaal', id: `voorstel-${layer.code}`});
        if (index === 0) {
            control.dataset.veld = 'scales';
        }
        return {layer, control};
    });
    const proposalRationale = textarea('rationale', {id: 'voorstel-onderbouwing', rows: 4});
    const proposalForm = form({
        id: 'voorstel-formulier',
        title: 'Schaal voorstellen',
        submitLabel: 'Voorstel doen',
        fields: [
            h('fieldset', {class: 'veld'}, h('legend', {}, 'Schaalniveau per laag'),
                h('div', {class: 'velden'}, proposalSelects.map(({layer, control}) =>
                    field({label: layer.name, control})))),
            field({label: 'Onderbouwing', hint: 'Een nieuw voorstel maakt eerdere bevestigingen ongedaan.', control: proposalRationale}),
        ],
        onSubmit: async formElement => {
            const scales = {};
            for (const {layer, control} of proposalSelects) {
                scales[layer.code] = control.value;
            }
            await edit(formElement, 'proposals', {scales, rationale: proposalRationale.value}, 'Uw voorstel is vastgelegd.');
        },
    });

    function renderProposal(doc) {
        const proposal = doc.proposal;
        return [h('h2', {}, 'Voorstel'),
            proposal ? [
                h('p', {}, `Revisie ${proposal.revision}, voorgesteld door ${nameOf(proposal.by)} op ${moment(proposal.at)}.`),
                h('table', {},
                    h('caption', {class: 'visueel-verborgen'}, `Voorgestelde schaal per laag, revisie ${proposal.revision}`),
                    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Laag'), h('th', {scope: 'col'}, 'Schaal'))),
                    h('tbody', {}, terms.layers.map(layer => h('tr', {},
                        h('th', {scope: 'row'}, layer.name), h('td', {}, scaleName(proposal.scales[layer.code])))))),
                h('h3', {}, 'Onderbouwing'),
                h('p', {class: 'celtekst'}, proposal.rationale),
            ] : h('p', {class: 'leeg'}, 'Er is nog geen voorstel.')];
    }

    // ---- responsibilities -------------------------------------------------------------------------
    const responsibilityForm = form({
        id: 'verantwoordelijkheid-formulier',
        title: 'Verantwoordelijkheid vastleggen',
        submitLabel: 'Verantwoordelijkheid vastleggen',
        fields: [
            h('div', {class: 'velden'},
                field({label: 'Laag', control: select('layer', terms.layers.map(l => ({value: l.code, label: l.name})), {id: 'vw-laag'})}),
                field({label: 'Soort', control: select('kind', terms.responsibilityKinds.map(k => ({value: k, label: RESPONSIBILITY_KINDS[k] || k})), {id: 'vw-soort'})}),
                field({label: 'Niveau', control: select('level', terms.responsibilityLevels.map(l => ({value: l.code, label: `${LEVELS[l.code] || l.code} (${l.example})`})), {id: 'vw-niveau'})})),
            field({label: 'Belegd bij', hint: 'Bijvoorbeeld "Bestuurstafel" of "Regionaal kernteam".', control: input('holder', {id: 'vw-houder'})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, 'responsibilities', {layer: data.layer, kind: data.kind, level: data.level, holder: data.holder},
                'De verantwoordelijkheid is vastgelegd.');
        },
    });

    function renderResponsibilities(doc) {
        return [h('h2', {}, 'Verantwoordelijkheden'),
            doc.responsibilities.length ? h('table', {},
                h('caption', {class: 'visueel-verborgen'}, 'Verantwoordelijkheden per laag'),
                h('thead', {}, h('tr', {}, ['Laag', 'Soort', 'Niveau', 'Belegd bij'].map(t => h('th', {scope: 'col'}, t)))),
                h('tbody', {}, doc.responsibilities.map(r => h('tr', {},
                    h('td', {}, layerName(r.layer)), h('td', {}, RESPONSIBILITY_KINDS[r.kind] || r.kind),
                    h('td', {}, LEVELS[r.level] || r.level), h('td', {}, r.holder)))))
                : h('p', {class: 'leeg'}, 'Nog geen verantwoordelijkheden vastgelegd.')];
    }

    // ---- preconditions ----------------------------------------------------------------------------
    const preconditionForm = form({
        id: 'randvoorwaarde-formulier',
        title: 'Randvoorwaarde vastleggen',
        submitLabel: 'Randvoorwaarde vastleggen',
        fields: [
            field({label: 'Soort', control: select('kind', terms.preconditionKinds.map(k => ({value: k.code, label: `${PRECONDITION_KINDS[k.code] || k.code}: ${k.meaning}`})), {id: 'rv-soort'})}),
            field({label: 'Randvoorwaarde', control: textarea('text', {id: 'rv-tekst', rows: 3})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, 'preconditions', {kind: data.kind, text: data.text}, 'De randvoorwaarde is vastgelegd.');
        },
    });

    function renderPreconditions(doc) {
        return [h('h2', {}, 'Randvoorwaarden'),
            doc.preconditions.length ? h('ul', {class: 'lijst'}, doc.preconditions.map(p => h('li', {},
                h('strong', {}, PRECONDITION_KINDS[p.kind] || p.kind), ': ', h('span', {class: 'celtekst'}, p.text))))
                : h('p', {class: 'leeg'}, 'Nog geen randvoorwaarden vastgelegd.')];
    }

    // ---- confirmations ----------------------------------------------------------------------------
    const confirmIntro = h('p', {id: 'bevestig-uitleg'});
    const confirmDone = h('p', {id: 'bevestig-status', role: 'status', tabindex: '-1'});
    const confirmForm = form({
        id: 'bevestig-formulier',
        title: 'Uw bevestiging',
        submitLabel: 'Bevestigen',
        fields: [
            confirmIntro,
            field({label: 'Toelichting (optioneel)', control: input('note', {id: 'bevestig-toelichting', maxlength: 10000})}),
        ],
        onSubmit: async formElement => {
            const revision = state.doc.proposal ? state.doc.proposal.revision : null;
            const result = await edit(formElement, 'confirmations',
                {gemeente: me.gemeente, revision, note: blankToNull(values(formElement).note)},
                `U hebt revisie ${revision} bevestigd namens ${gemeenteName(me.gemeente)}.`);
            if (result) {
                confirmDone.focus();
            }
        },
    });

    function renderConfirmations(doc) {
        const revision = doc.proposal ? doc.proposal.revision : null;
        const byGemeente = new Map(doc.confirmations.filter(c => c.revision === revision).map(c => [c.gemeente, c]));
        return [h('h2', {}, 'Bevestigingen'),
            revision === null ? h('p', {class: 'leeg'}, 'Bevestigen kan zodra er een voorstel is.')
                : h('p', {}, `Bevestigingen van revisie ${revision}: ${byGemeente.size} van ${doc.gemeenten.length}.`),
            h('table', {},
                h('caption', {class: 'visueel-verborgen'}, 'Bevestiging per gemeente'),
                h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Gemeente'), h('th', {scope: 'col'}, 'Bevestiging'))),
                h('tbody', {}, doc.gemeenten.map(gemeente => {
                    const confirmation = byGemeente.get(gemeente);
                    return h('tr', {id: `bevestiging-${gemeente}`},
                        h('th', {scope: 'row'}, gemeenteName(gemeente)),
                        h('td', {}, confirmation
                            ? `Bevestigd door ${nameOf(confirmation.by)} op ${moment(confirmation.at)}`
                            : h('span', {class: 'leeg'}, 'Nog niet bevestigd')));
                })))];
    }

    // ---- interventions ----------------------------------------------------------------------------
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
            await edit(formElement, `interventions/${encodeURIComponent(data.interventionId)}/resolution`,
                {outcome, note: data.note}, `De interventie is afgehandeld: ${INTERVENTION_STATUS[outcome]}.`);
        },
    });
    resolutionForm.querySelector('button[type="submit"].knop--primair').value = 'INGETROKKEN';

    function renderInterventions(doc) {
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

    // ---- decision and reopening -------------------------------------------------------------------
    const reopenForm = form({
        id: 'heropen-formulier',
        title: 'Afweging heropenen',
        submitLabel: 'Heropenen',
        fields: [
            h('p', {}, 'Heropenen start een nieuwe cyclus; het huidige besluit blijft in de geschiedenis bewaard.'),
            field({label: 'Reden', control: textarea('reason', {id: 'heropen-reden', rows: 3})}),
        ],
        onSubmit: async formElement => {
            await edit(formElement, 'reopen', {reason: values(formElement).reason}, 'De afweging is heropend voor een nieuwe cyclus.');
        },
    });

    function renderDecision(doc) {
        if (!doc.decision) {
            return [];
        }
        const decision = doc.decision;
        return [h('section', {class: 'melding melding--succes', 'aria-labelledby': 'besluit-titel'},
            h('h2', {id: 'besluit-titel'}, 'Besluit'),
            h('p', {}, `Besloten op ${moment(decision.decidedAt)} op basis van revisie ${decision.revision}.`),
            h('ul', {}, terms.layers.map(layer => h('li', {}, `${layer.name}: `, h('strong', {}, scaleName(decision.scales[layer.code]))))))];
    }

    // ---- assembling the page ----------------------------------------------------------------------
    function section(key, title, area, ...forms) {
        return h('section', {class: 'sectie', id: `sectie-${key}`, 'aria-label': title}, area, forms);
    }

    container.append(
        section('matrix', 'Inbreng per laag en criterium', matrixArea, inputForm),
        h('div', {class: 'twee-kolommen'},
            section('voorstel', 'Voorstel', proposalArea, proposalForm),
            section('bevestigingen', 'Bevestigingen', confirmationArea, confirmDone, confirmForm)),
        h('div', {class: 'twee-kolommen'},
            section('verantwoordelijkheden', 'Verantwoordelijkheden', responsibilityArea, responsibilityForm),
            section('randvoorwaarden', 'Randvoorwaarden', preconditionArea, preconditionForm)),
        section('interventies', 'Interventies', interventionArea, interventionForm, resolutionForm),
        reopenForm);

    function show(doc) {
        const previous = state.doc;
        state.doc = doc;
        state.lastSequence = Math.max(state.lastSequence, doc.version);
        const editable = doc.status !== 'BESLOTEN';
        const title = terms.titleOf(doc);
        setTitle(`Afweging ${title}`);
        heading.textContent = `Afweging: ${title}`;
        replaceChildren(facts,
            fact('Thema', terms.theme(doc.themeCode)),
            fact('Status', h('span', {class: `label-status label-status--${doc.status}`, id: 'status'}, STATUS[doc.status] || doc.status)),
            fact('Cyclus', String(doc.cycle)),
            fact('Versie', h('span', {id: 'versie'}, String(doc.version))),
            fact('Afwegingskader', `versie ${doc.frameworkVersion}`),
            fact('Deelnemers', doc.gemeenten.map(gemeenteName).join(', '), 'kenmerk--breed'));
        replaceChildren(decisionArea, renderDecision(doc));
        replaceChildren(matrixArea, renderMatrix(doc, previous));
        replaceChildren(proposalArea, renderProposal(doc));
        replaceChildren(responsibilityArea, renderResponsibilities(doc));
        replaceChildren(preconditionArea, renderPreconditions(doc));
        replaceChildren(confirmationArea, renderConfirmations(doc));
        replaceChildren(interventionArea, renderInterventions(doc));

        // gemeente choices of the input form
        const gemeenteChoices = doc.gemeenten.filter(g => may.inputFor(doc, g));
        const chosen = inputGemeente.value;
        inputGemeente.replaceChildren(...gemeenteChoices.map(g => h('option', {value: g}, gemeenteName(g))));
        if (gemeenteChoices.includes(chosen)) {
            inputGemeente.value = chosen;
        }
        if (!previous) {
            prefill();
        }
        updateQuestion();

        // proposal form starts from the current proposal
        if (doc.proposal && (!previous || !previous.proposal || previous.proposal.revision !== doc.proposal.revision)) {
            for (const {layer, control} of proposalSelects) {
                control.value = doc.proposal.scales[layer.code] || '';
            }
        }

        // confirmation
        const revision = doc.proposal ? doc.proposal.revision : null;
        const confirmed = doc.confirmations.some(c => c.gemeente === me.gemeente && c.revision === revision);
        confirmIntro.textContent = revision === null ? ''
            : `Bevestig namens ${gemeenteName(me.gemeente)} het actuele voorstel (revisie ${revision}).`;
        const own = doc.confirmations.find(c => c.gemeente === me.gemeente && c.revision === revision);
        confirmDone.textContent = role === 'BESTUURDER' && own
            ? `U hebt revisie ${revision} bevestigd namens ${gemeenteName(me.gemeente)} op ${moment(own.at)}.`
                + (doc.status === 'BESLOTEN' ? ' Alle gemeenten hebben bevestigd: het besluit is genomen.' : '')
            : '';

        // open interventions for the programmateam
        const open = doc.interventions.filter(i => i.status === 'OPEN');
        const selected = resolutionChoice.value;
        resolutionChoice.replaceChildren(...open.map(i => h('option', {value: i.interventionId},
            `${gemeenteName(i.gemeente)}: ${INTERVENTION_KINDS[i.kind] || i.kind} (${layerName(i.layer)})`)));
        if (open.some(i => i.interventionId === selected)) {
            resolutionChoice.value = selected;
        }

        inputForm.hidden = !(editable && may.input(doc));
        proposalForm.hidden = !(editable && may.propose(doc));
        responsibilityForm.hidden = !(editable && may.propose(doc));
        preconditionForm.hidden = !(editable && may.propose(doc));
        confirmForm.hidden = !(editable && may.confirm(doc) && revision !== null && !confirmed);
        interventionForm.hidden = !(editable && may.intervene(doc));
        resolutionForm.hidden = !(editable && may.resolve(doc) && open.length > 0);
        reopenForm.hidden = !(doc.status === 'BESLOTEN' && may.reopen(doc));
        container.dataset.versie = String(doc.version);
    }

    function fact(label, value, className) {
        return h('div', {class: className}, h('dt', {}, label), h('dd', {}, value));
    }

    // removes forms that the role can never use, so readers get a calm read-only page
    function dropForbiddenForms() {
        const never = [
            [inputForm, role === 'PROGRAMMATEAM' || role === 'STRATEEG'],
            [proposalForm, may.propose()], [responsibilityForm, may.propose()], [preconditionForm, may.propose()],
            [confirmForm, role === 'BESTUURDER'], [interventionForm, role === 'BESTUURDER' || role === 'STRATEEG'],
            [resolutionForm, may.resolve()], [reopenForm, may.reopen()],
        ];
        for (const [element, allowed] of never) {
            if (!allowed) {
                element.remove();
            }
        }
    }

    // ---- reading the document ---------------------------------------------------------------------
    async function fetchAtLeast(version) {
        for (let attempt = 0; attempt < 3; attempt += 1) {
            try {
                return await api.get(`${base}?minVersion=${encodeURIComponent(version)}`);
            } catch (error) {
                if (error.status !== 503) {
                    throw error;
                }
                await new Promise(resolve => setTimeout(resolve, 1000));
            }
        }
        return api.get(base);
    }

    /** Brings the page to at least this version; concurrent calls share one fetch loop. */
    function refresh(version) {
        state.wanted = Math.max(state.wanted, version);
        if (!state.refreshing) {
            state.refreshing = (async () => {
                try {
                    while (!state.left && state.doc.version < state.wanted) {
                        const target = state.wanted;
                        const doc = await fetchAtLeast(target);
                        if (state.left) {
                            return;
                        }
                        if (doc.version > state.doc.version) {
                            show(doc);
                        }
                        if (doc.version < target) {
                            break;
                        }
                    }
                } catch (error) {
                    console.warn('Refreshing the assessment failed', error);
                } finally {
                    state.refreshing = null;
                }
            })();
        }
        return state.refreshing;
    }

    async function reloadNow() {
        try {
            const doc = await api.get(base);
            if (!state.left) {
                show(doc);
                state.wanted = Math.max(state.wanted, doc.version);
            }
            return doc;
        } catch (error) {
            return null;
        }
    }

    // ---- live -------------------------------------------------------------------------------------
    function describe(event) {
        const p = event.payload || {};
        const who = event.actor ? event.actor.name : 'Iemand';
        switch (event.type) {
            case 'CriterionInputRecorded':
                return `${gemeenteName(p.gemeente)} gaf input op ${p.criterion} (${layerName(p.layer)})`;
            case 'ThemeScaleProposed':
                return `${who} deed een nieuw voorstel (revisie ${p.revision})`;
            case 'ResponsibilityAssigned':
                return `${who} legde een verantwoordelijkheid vast (${layerName(p.layer)}: ${RESPONSIBILITY_KINDS[p.kind] || p.kind})`;
            case 'PreconditionRecorded':
                return `${who} legde een randvoorwaarde vast (${PRECONDITION_KINDS[p.kind] || p.kind})`;
            case 'ConfirmedByBestuurder':
                return `${gemeenteName(p.gemeente)} bevestigde revisie ${p.revision}`;
            case 'DecisionRecorded':
                return `Het besluit is genomen (revisie ${p.revision})`;
            case 'LocalInterventionOpened':
                return `${gemeenteName(p.gemeente)} intervenieerde lokaal (${layerName(p.layer)}: ${INTERVENTION_KINDS[p.kind] || p.kind})`;
            case 'InterventionResolved':
                return `Interventie van ${gemeenteName(p.gemeente)} afgehandeld: ${INTERVENTION_STATUS[p.outcome] || p.outcome}`;
            case 'AssessmentReopened':
                return `${who} heropende de afweging (cyclus ${p.cycle})`;
            case 'GovernanceFormRecorded':
                return `${who} legde de samenwerkingsvorm vast`;
            default:
                return event.description || `${who} wijzigde de afweging`;
        }
    }

    function onEvent(event) {
        if (state.left || typeof event.sequence !== 'number' || event.sequence <= state.lastSequence) {
            return;
        }
        state.lastSequence = event.sequence;
        rememberActor(event.actor);
        const version = typeof event.version === 'number' ? event.version : event.sequence;
        const own = event.actor && event.actor.userId === me.userId;
        if (!own) {
            const text = describe(event);
            lastChange.textContent = `Laatste wijziging (${time(event.occurredAt)}): ${text}`;
        }
        if (state.liveOn || own) {
            refresh(version);
        } else {
            state.pending += 1;
            showPending();
        }
    }

    function showPending() {
        if (!state.pending) {
            pendingArea.replaceChildren();
            return;
        }
        pendingArea.replaceChildren(h('div', {class: 'melding melding--info'},
            h('p', {}, state.pending === 1 ? 'Er is 1 nieuwe wijziging van anderen.' : `Er zijn ${state.pending} nieuwe wijzigingen van anderen.`),
            h('button', {type: 'button', class: 'knop knop--klein', id: 'nu-bijwerken', onclick: () => {
                state.pending = 0;
                showPending();
                refresh(state.lastSequence).then(() => heading.focus());
            }}, 'Nu bijwerken')));
    }

    liveToggle.addEventListener('change', () => {
        state.liveOn = liveToggle.checked;
        if (state.liveOn && state.pending) {
            state.pending = 0;
            showPending();
            refresh(state.lastSequence);
        }
    });

    /** After (re)connecting: everything after the last event seen, without gaps or duplicates. */
    async function catchUp() {
        try {
            const entries = await api.get(`${base}/history?afterSequence=${encodeURIComponent(state.lastSequence)}`);
            for (const entry of entries) {
                onEvent({sequence: entry.sequence, version: entry.sequence, type: entry.type, occurredAt: entry.occurredAt,
                    actor: entry.actor, payload: entry.payload, description: entry.description});
            }
        } catch (error) {
            console.warn('Catching up failed', error);
        }
    }

    function showPresence(message) {
        const viewers = (message.viewers || []).filter(viewer => viewer.userId !== me.userId);
        const unique = [...new Map(viewers.map(viewer => [viewer.userId, viewer])).values()];
        presence.textContent = unique.length
            ? `Kijkt nu mee: ${unique.map(viewer => viewer.name || viewer.userId).join(', ')}`
            : 'Er kijkt nu niemand anders mee.';
    }

    show(first);
    dropForbiddenForms();
    presence.textContent = '';

    const stops = [
        live.onStatus(connected => {
            connection.className = `verbinding ${connected ? 'verbinding--aan' : 'verbinding--uit'}`;
            connection.textContent = connected
                ? 'Live verbonden: wijzigingen van anderen verschijnen vanzelf.'
                : 'Geen live verbinding: wijzigingen van anderen ziet u na het vernieuwen van de pagina.';
            if (!connected) {
                presence.textContent = '';
            }
        }),
        live.subscribe(`/topic/assessments/${id}`, onEvent, catchUp),
        live.subscribe(`/topic/assessments/${id}/presence`, showPresence),
    ];
    return () => {
        state.left = true;
        stops.forEach(stop => stop());
    };
}
