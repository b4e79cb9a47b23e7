/**
 * Afweging: one assessment with the input of every gemeente per layer and criterion, the proposal,
 * responsibilities, preconditions, confirmations, interventions and the decision, each with the forms
 * the signed-in user may use (allowedActions, computed by the server with the rules of the aggregate).
 *
 * Each section is a module of its own under ./assessment/; DocumentSync keeps the document in step with the
 * server (live pushes, catching up after a gap or a reconnect, pausing). Forms are built once and kept while
 * the page is open, so a change of someone else never takes away what the user is typing; only the
 * read-only parts are redrawn. Every editing request carries expectedVersion: the version the page shows.
 */
import {api} from '../api.js';
import {h, replaceChildren} from '../dom.js';
import {focusMessage, showConflict, showProblem, showSuccess} from '../forms.js';
import {framework, person, STATUS, time} from '../terms.js';
import {live} from '../live.js';
import {announce, setTitle} from '../shell.js';
import {matrix} from './assessment/matrix.js';
import {proposal} from './assessment/proposal.js';
import {confirmations} from './assessment/confirmations.js';
import {responsibilities} from './assessment/responsibilities.js';
import {preconditions} from './assessment/preconditions.js';
import {interventions} from './assessment/interventions.js';
import {decision} from './assessment/decision.js';
import {chosenForm} from './assessment/chosen-form.js';
import {formal} from './assessment/formal.js';
import {DocumentSync} from './assessment/sync.js';
import {facts as factsOf} from './assessment/facts.js';
import {lookBack} from './audit/look-back.js';
import {CycleRevisions} from './assessment/revisions.js';
import {raadSection} from './assessment/raad.js';

export async function assessment(container, {me, parameters}) {
    const id = parameters[0];
    const base = `/api/assessments/${encodeURIComponent(id)}`;
    // minVersion=0 waits for an assessment that was opened a moment ago and is not projected yet
    const first = await api.get(`${base}?minVersion=0`);
    const terms = await framework(first.frameworkVersion);
    // who did what, by user id: the actors of the history and the live changes (name, role, gemeente), else the
    // names the document carries next to its user ids; a user id itself is never shown
    const people = new Map();
    const namesInDocument = new Map();
    const revisions = new CycleRevisions();
    try {
        const entries = await api.get(`${base}/history`);
        for (const entry of entries) {
            rememberActor(entry.actor);
            revisions.note(entry);
        }
    } catch (ignored) {
        // the document's names are shown instead
    }

    function rememberActor(actor) {
        if (actor && actor.userId) {
            people.set(actor.userId, person(actor, terms));
        }
    }

    function rememberNamesIn(doc) {
        const parts = [...doc.inputs, doc.proposal, ...doc.confirmations, ...doc.interventions, doc.governanceForm];
        for (const part of parts.filter(Boolean)) {
            if (part.by && part.byName) {
                namesInDocument.set(part.by, part.byName);
            }
            if (part.resolvedBy && part.resolvedByName) {
                namesInDocument.set(part.resolvedBy, part.resolvedByName);
            }
        }
    }

    const nameOf = userId => people.get(userId) || namesInDocument.get(userId) || 'onbekend';
    let sync = null;

    // ---- page skeleton ----------------------------------------------------------------------------
    const heading = h('h1', {id: 'afweging-titel'});
    const facts = h('dl', {class: 'kenmerken', id: 'kenmerken'});
    const connection = h('p', {class: 'verbinding', id: 'verbinding'});
    const presence = h('p', {id: 'meekijkers'});
    const lastChange = h('p', {id: 'laatste-wijziging', 'aria-live': 'polite', 'aria-atomic': 'true'});
    const liveToggle = h('input', {type: 'checkbox', id: 'live-aan', checked: true});
    const pendingArea = h('div', {id: 'wachtende-wijzigingen'});

    /**
     * Sends an editing request with the version the page shows. On success the page shows at least the new
     * version (read-your-writes). On a concurrent change the problem and the unseen changes are shown and
     * the document is reloaded, so the user can look and retry.
     */
    async function edit(formElement, path, body, successText) {
        try {
            const result = await api.post(`${base}/${path}`, {...body, expectedVersion: sync.shown.version});
            showSuccess(formElement, successText);
            announce(successText);
            if (result && typeof result.version === 'number') {
                await sync.reach(result.version);
            }
            // the section may move focus on (to a cell, an outcome that stays); this is where it lands otherwise
            if (!focusMessage(formElement)) {
                heading.focus();
            }
            return result;
        } catch (error) {
            if (error.status === 409) {
                const reloaded = await sync.reload();
                if (error.problem && Array.isArray(error.problem.unseenChanges)) {
                    // the server names the author of each unseen change (name, role, gemeente)
                    showConflict(formElement, error, reloaded ? reloaded.version : null);
                } else {
                    showProblem(formElement, error);
                }
                focusMessage(formElement);
                return null;
            }
            throw error;
        }
    }

    const revisionLabel = (doc, revision) => revisions.label(doc.cycle, revision);
    const context = {me, terms, nameOf, edit, revisionLabel, shown: () => sync && sync.shown};
    const decided = decision(context);
    const sections = {
        matrix: matrix(context),
        proposal: proposal(context),
        confirmations: confirmations(context),
        responsibilities: responsibilities(context),
        preconditions: preconditions(context),
        interventions: interventions(context),
        formal: formal(context),
        raad: raadSection(context),
    };
    const looking = lookBack(context, id);
    const formOfWeighing = chosenForm(id);
    const all = [decided, formOfWeighing, looking, ...Object.values(sections)];
    // what the role acts on comes first: a bestuurder confirms the proposal, the matrix stays one click away
    const confirmsFirst = first.allowedActions.roleMay.includes('CONFIRM');

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
        decided.element,
        formOfWeighing.element,
        looking.element,
        ...(confirmsFirst ? [
            h('div', {class: 'twee-kolommen'}, sections.proposal.element, sections.confirmations.element),
            sections.raad.element,
            h('details', {class: 'inklapper', id: 'matrix-inklapper'},
                h('summary', {}, 'Bekijk de inbreng per criterium'), sections.matrix.element),
        ] : [
            sections.matrix.element,
            h('div', {class: 'twee-kolommen'}, sections.proposal.element, sections.confirmations.element),
            sections.raad.element,
        ]),
        h('div', {class: 'twee-kolommen'}, sections.responsibilities.element, sections.preconditions.element),
        sections.interventions.element,
        sections.formal.element,
        decided.reopenForm);

    // a redraw with new allowed actions only keeps what the last change highlighted
    let displayed = null;
    let before = null;

    function show(doc, allowed) {
        if (doc !== displayed) {
            before = displayed;
            displayed = doc;
            rememberNamesIn(doc);
        }
        const title = terms.titleOf(doc);
        setTitle(`Afweging ${title}`);
        heading.textContent = `Afweging: ${title}`;
        replaceChildren(facts, factsOf(doc, terms));
        for (const part of all) {
            part.show(doc, before, allowed);
        }
        container.dataset.versie = String(doc.version);
    }

    // ---- live -------------------------------------------------------------------------------------
    function noticed(change, own) {
        rememberActor(change.actor);
        revisions.note(change);
        if (!own) {
            lastChange.textContent = `Laatste wijziging (${time(change.occurredAt)}): ${change.description}`
                + ` – door ${person(change.actor, terms)}`;
        }
    }

    function showPending(count) {
        if (!count) {
            pendingArea.replaceChildren();
            return;
        }
        pendingArea.replaceChildren(h('div', {class: 'melding melding--info'},
            h('p', {}, count === 1 ? 'Er is 1 nieuwe wijziging van anderen.' : `Er zijn ${count} nieuwe wijzigingen van anderen.`),
            h('button', {type: 'button', class: 'knop knop--klein', id: 'nu-bijwerken', onclick: () => {
                sync.showWaiting().then(() => heading.focus());
            }}, 'Nu bijwerken')));
    }

    sync = new DocumentSync({base, me, first, render: show, noticed, pending: showPending});
    show(first, first.allowedActions);
    for (const part of all) {
        part.drop(first.allowedActions.roleMay);
    }

    liveToggle.addEventListener('change', () => {
        if (liveToggle.checked) {
            sync.resume();
        } else {
            sync.pause();
        }
    });

    function showPresence(message) {
        const viewers = (message.viewers || []).filter(viewer => viewer.userId !== me.userId);
        const unique = [...new Map(viewers.map(viewer => [viewer.userId, viewer])).values()];
        presence.textContent = unique.length
            ? `Kijkt nu mee: ${unique.map(viewer => person(viewer, terms)).join(', ')}`
            : 'Er kijkt nu niemand anders mee.';
    }

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
        live.subscribe(`/topic/assessments/${id}`, message => sync.receive(message), () => sync.catchUp()),
        live.subscribe(`/topic/assessments/${id}/presence`, showPresence),
    ];
    return () => {
        sync.leave();
        stops.forEach(stop => stop());
    };
}
