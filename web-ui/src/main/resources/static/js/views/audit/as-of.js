/**
 * Eerdere stand (#/afweging/{id}/stand/{instant}): the whole assessment as it stood at an instant, folded from
 * the event store by GET /api/assessments/{id}?asOf=. Marked as the past everywhere (title, heading, banner),
 * read-only (the sections of the assessment page without any form), with a way back to now. A native range
 * input walks the moments of the history; moving it shows that moment in place and updates the address, so
 * every moment can be bookmarked. Without an instant (#/afweging/{id}/stand) it opens at the latest moment.
 */
import {api} from '../../api.js';
import {h, replaceChildren} from '../../dom.js';
import {framework, momentExact, person} from '../../terms.js';
import {announce, setTitle} from '../../shell.js';
import {matrix} from '../assessment/matrix.js';
import {proposal} from '../assessment/proposal.js';
import {confirmations} from '../assessment/confirmations.js';
import {responsibilities} from '../assessment/responsibilities.js';
import {preconditions} from '../assessment/preconditions.js';
import {interventions} from '../assessment/interventions.js';
import {decision} from '../assessment/decision.js';
import {CycleRevisions} from '../assessment/revisions.js';
import {facts} from '../assessment/facts.js';
import {decisionLinks, to} from './links.js';
import {indexAtOrBefore, label, momentsOf, whatHappened} from './moments.js';

/** What a reader of the past may do: nothing. */
const NOTHING_ALLOWED = Object.freeze({
    roleMay: [], mayEditInputs: [], mayPropose: false, mayAssignResponsibilities: false,
    mayRecordPreconditions: false, mayConfirm: false, mayIntervene: false, mayResolveInterventions: false,
    mayReopen: false,
});

export async function asOf(container, {me, parameters, isCurrent}) {
    const id = parameters[0];
    const base = `/api/assessments/${encodeURIComponent(id)}`;
    const entries = await api.get(`${base}/history`);
    const moments = momentsOf(entries);
    if (!moments.length) {
        setTitle('Eerdere stand');
        container.append(h('h1', {}, 'Eerdere stand'), h('p', {}, 'Deze afweging heeft nog geen geschiedenis.'),
            h('p', {}, h('a', {href: to.assessment(id)}, 'Naar de afweging')));
        return;
    }
    const requested = parameters[1] || moments[moments.length - 1].at;
    const first = await api.get(`${base}?asOf=${encodeURIComponent(requested)}`);
    const terms = await framework(first.frameworkVersion);
    // people by name and role as the history names them; a user id itself is never shown
    const people = new Map(entries.filter(entry => entry.actor && entry.actor.userId)
        .map(entry => [entry.actor.userId, person(entry.actor, terms)]));
    const nameOf = userId => people.get(userId) || 'onbekend';
    const revisions = new CycleRevisions();
    entries.forEach(entry => revisions.note(entry));
    const revisionLabel = (doc, revision) => revisions.label(doc.cycle, revision);
    let shownDoc = first;
    const refuse = async () => {
        throw new Error('Een eerdere stand kan niet worden gewijzigd.');
    };
    const context = {me, terms, nameOf, edit: refuse, revisionLabel, shown: () => shownDoc};
    const parts = [decision(context), matrix(context), proposal(context), confirmations(context),
        responsibilities(context), preconditions(context), interventions(context)];
    for (const part of parts) {
        part.drop(NOTHING_ALLOWED.roleMay);
    }
    const [decided, ...sections] = parts;

    const heading = h('h1', {id: 'stand-titel'});
    const banner = h('div', {class: 'melding melding--verleden', id: 'stand-melding'});
    const slider = h('input', {
        type: 'range', id: 'stand-schuif', min: '1', max: String(moments.length), step: '1',
        'aria-describedby': 'stand-omschrijving',
    });
    const sliderLabel = h('label', {for: 'stand-schuif', id: 'stand-schuif-label'});
    const chosen = h('p', {id: 'stand-omschrijving', class: 'hulp'});
    const previous = h('button', {type: 'button', class: 'knop knop--klein', id: 'stand-vorige'}, 'Vorige gebeurtenis');
    const next = h('button', {type: 'button', class: 'knop knop--klein', id: 'stand-volgende'}, 'Volgende gebeurtenis');
    const factList = h('dl', {class: 'kenmerken', id: 'kenmerken'});
    const links = h('div', {id: 'stand-besluit'});

    container.classList.add('verleden');
    container.append(
        h('p', {}, h('a', {href: to.assessment(id), id: 'terug-naar-nu'}, 'Terug naar de actuele stand')),
        heading,
        banner,
        h('section', {class: 'sectie', id: 'sectie-moment', 'aria-labelledby': 'moment-titel'},
            h('h2', {id: 'moment-titel'}, 'Moment kiezen'),
            h('div', {class: 'veld'}, sliderLabel, slider, chosen),
            h('div', {class: 'knoppen'}, previous, next,
                h('a', {href: to.history(id)}, 'Alle gebeurtenissen in de geschiedenis'))),
        factList,
        decided.element,
        links,
        sections[0].element,
        h('div', {class: 'twee-kolommen'}, sections[1].element, sections[2].element),
        h('div', {class: 'twee-kolommen'}, sections[3].element, sections[4].element),
        sections[5].element);

    let index = indexAtOrBefore(moments, requested);
    let loads = 0;

    function show(doc, at, before) {
        shownDoc = doc;
        const title = terms.titleOf(doc);
        const when = momentExact(at);
        const moment = moments[index];
        setTitle(`Stand van ${when}: ${title}`);
        heading.textContent = `Eerdere stand: ${title}`;
        replaceChildren(banner,
            h('p', {}, h('strong', {}, `U bekijkt de stand van ${when}.`)),
            h('p', {}, `Zo stond de afweging er toen voor (versie ${doc.version}). Dit is een eerdere stand: `
                + 'hier kunt u niets wijzigen.'),
            h('p', {}, h('a', {href: to.assessment(id), id: 'terug-naar-nu-melding'}, 'Terug naar nu')));
        sliderLabel.textContent = `Moment ${index + 1} van ${moments.length}`;
        slider.value = String(index + 1);
        slider.setAttribute('aria-valuetext', `${label(moment, index)}`);
        chosen.textContent = `${momentExact(moment.at)}: ${whatHappened(moment)}`;
        previous.disabled = index === 0;
        next.disabled = index === moments.length - 1;
        replaceChildren(factList, facts(doc, terms));
        replaceChildren(links, doc.decision ? decisionLinks(id, doc.decision.decisionId) : null);
        for (const part of parts) {
            part.show(doc, before, NOTHING_ALLOWED);
        }
        container.dataset.stand = at;
        container.dataset.versie = String(doc.version);
    }

    /** Shows another moment in place, keeping focus where it is, and puts it in the address. */
    async function goTo(target) {
        if (target < 0 || target >= moments.length) {
            return;
        }
        index = target;
        const ticket = ++loads;
        const at = moments[target].at;
        const doc = await api.get(`${base}?asOf=${encodeURIComponent(at)}`);
        if (ticket !== loads || !isCurrent()) {
            return;
        }
        window.history.replaceState(null, '', to.asOf(id, at));
        show(doc, at, shownDoc);
        announce(`Stand van ${momentExact(at)}`);
    }

    slider.addEventListener('change', () => goTo(Number(slider.value) - 1));
    previous.addEventListener('click', () => goTo(index - 1).then(() => (previous.disabled ? next : previous).focus()));
    next.addEventListener('click', () => goTo(index + 1).then(() => (next.disabled ? previous : next).focus()));
    show(first, requested, null);
}
