/**
 * Dutch names for the codes of the domain, from the adopted framework (never hard-coded where the
 * framework has them), and formatting of moments and durations.
 */
import {api} from './api.js';

const frameworks = new Map();

/** The framework of a version (null: the current one), cached for the session. */
export async function framework(version) {
    const key = version == null ? 'huidig' : String(version);
    if (!frameworks.has(key)) {
        const path = version == null ? '/api/framework' : `/api/framework/versions/${encodeURIComponent(version)}`;
        frameworks.set(key, api.get(path).then(content => new Terms(content)).catch(error => {
            frameworks.delete(key);
            throw error;
        }));
    }
    return frameworks.get(key);
}

export const STATUS = {OPEN: 'Open', VOORGESTELD: 'Voorstel ligt voor', BESLOTEN: 'Bestuurlijk bevestigd'};
export const INTERVENTION_KINDS = {BEZWAAR: 'Bezwaar', LOKALE_AFWIJKING: 'Lokale afwijking', UITSTEL: 'Uitstel'};
export const INTERVENTION_STATUS = {
    OPEN: 'Open', INGETROKKEN: 'Ingetrokken', OVERGENOMEN: 'Overgenomen in nieuw voorstel',
    AFWIJKING_AANVAARD: 'Lokale afwijking aanvaard', DOORVERWEZEN: 'Doorverwezen naar de Bestuurstafel',
    VERWORPEN: 'Verworpen (oude uitkomst)',
};
// process (issue 11 §3, §4)
export const SIGNAL_STATUS = {OPEN: 'Open', GESLOTEN: 'Gesloten', INTERVENTIE: 'Omgezet in interventie'};
export const FORMAL_BODIES = {COLLEGE: 'College van B en W', RAAD: 'Gemeenteraad', BESTUURSTAFEL: 'Bestuurstafel'};
export const FOLLOW_UPS = {
    DIRECT_OPGEPAKT: 'Direct opgepakt', NADERE_UITWERKING: 'Vraagt nadere uitwerking of besluitvorming',
    MEER_VOORBEREIDING: 'Vraagt meer voorbereiding',
};
// the gemeenteraad (issue 12): a confirmation as the raad sees it, and how the raad was informed
export const RAAD_STATUS = {
    TER_KENNISGEVING: 'ter kennisgeving (binnen de kaders)',
    VOORWAARDELIJK: 'voorwaardelijk: wacht op het oordeel van de raad',
    INGESTEMD: 'de raad stemde in',
    NIET_INGESTEMD: 'de raad stemde niet in',
};
export const INFORMING_KINDS = {RAADSINFORMATIEBRIEF: 'raadsinformatiebrief', RAADSVOORSTEL: 'raadsvoorstel'};
export const ROLES = {
    STRATEEG: 'Strateeg', BESTUURDER: 'Bestuurder (wethouder)', RAADSLID: 'Raadslid',
    PROGRAMMATEAM: 'Programmateam', AUDITOR: 'Auditor', GRIFFIER: 'Griffier',
};
/** A role as it reads after a person's name, as the server's descriptions write it. */
const ROLE_WORDS = {
    STRATEEG: 'strateeg', BESTUURDER: 'bestuurder', RAADSLID: 'raadslid', PROGRAMMATEAM: 'programmateam', AUDITOR: 'auditor', GRIFFIER: 'griffier',
};

/**
 * A person as people read them: "Wethouder Bunnik (bestuurder, Bunnik)". Without a name the role stands for the
 * person; a user id is never shown.
 */
export function person(actor, terms) {
    if (!actor) {
        return 'onbekend';
    }
    const role = ROLE_WORDS[actor.role] || null;
    const gemeente = actor.gemeente ? (terms ? terms.gemeente(actor.gemeente) : actor.gemeente) : null;
    const detail = [role, gemeente].filter(Boolean).join(', ');
    if (!actor.name) {
        return detail || 'onbekend';
    }
    return detail ? `${actor.name} (${detail})` : actor.name;
}

export const RESPONSIBILITY_KINDS = {RICHTING: 'Richting geven', ORGANISATIE: 'Organiseren', UITVOERING: 'Uitvoeren'};
export const LEVELS = {BESTUURLIJK: 'Bestuurlijk', AMBTELIJK: 'Ambtelijk', OPERATIONEEL: 'Operationeel', UITVOEREND: 'Uitvoerend'};
export const PRECONDITION_KINDS = {AFSPRAKEN: 'Afspraken', CULTUUR: 'Cultuur', STRUCTUUR: 'Structuur', MIDDELEN: 'Middelen'};

export class Terms {
    constructor(content) {
        this.content = content;
        this.version = content.version;
        this.gemeenten = content.region ? content.region.gemeenten : [];
        this.layers = content.layers || [];
        this.scales = content.scales || [];
        this.criteria = content.criteria || [];
        this.themes = content.themes || [];
        this.responsibilityKinds = content.responsibilityKinds || [];
        this.responsibilityLevels = content.responsibilityLevels || [];
        this.preconditionKinds = content.preconditionKinds || [];
        this.reflectionPrompts = content.reflectionPrompts || [];
        this.reflectionLevels = content.reflectionLevels || [];
        this.mandateRoles = content.mandateRoles || [];
        this.governanceForms = content.governanceForms || [];
        this.gremia = content.gremia || [];
    }

    gremium(code) {
        return nameOf(this.gremia, code);
    }

    gemeente(code) {
        return nameOf(this.gemeenten, code);
    }

    layer(code) {
        return nameOf(this.layers, code);
    }

    scale(code) {
        return nameOf(this.scales, code);
    }

    theme(code) {
        return nameOf(this.themes, code);
    }

    criterion(code) {
        return this.criteria.find(criterion => criterion.code === code) || {code, name: code, questions: {}};
    }

    /** The title of an assessment; one opened without a title carries its theme code, shown as the theme's name. */
    titleOf(item) {
        return !item.title || item.title === item.themeCode ? this.theme(item.themeCode) : item.title;
    }

    mandateRole(code) {
        return nameOf(this.mandateRoles, code);
    }
}

function nameOf(list, code) {
    if (code === null || code === undefined) {
        return '';
    }
    const found = (list || []).find(item => item.code === code);
    return found ? found.name : code;
}

const momentFormat = new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
});
const dateFormat = new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam'});
const exactFormat = new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit',
    timeZone: 'Europe/Amsterdam',
});
const timeFormat = new Intl.DateTimeFormat('nl-NL', {hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Europe/Amsterdam'});

/** "3 maart 2027 om 13:00" */
export function moment(instant) {
    if (!instant) {
        return '';
    }
    return momentFormat.format(new Date(instant)).replace(',', ' om');
}

/** "3 maart 2027 om 13:00:12": to the second, where several moments fall in one minute (the as-of view). */
export function momentExact(instant) {
    if (!instant) {
        return '';
    }
    return exactFormat.format(new Date(instant)).replace(',', ' om');
}

export function date(instant) {
    return instant ? dateFormat.format(new Date(instant)) : '';
}

export function time(instant) {
    return timeFormat.format(instant ? new Date(instant) : new Date());
}

/** A duration in seconds as Dutch text: "2 dagen en 3 uur", "45 minuten". */
export function duration(seconds) {
    if (seconds === null || seconds === undefined) {
        return '';
    }
    const days = Math.floor(seconds / 86400);
    const hours = Math.floor((seconds % 86400) / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    const parts = [];
    if (days) {
        parts.push(`${days} ${days === 1 ? 'dag' : 'dagen'}`);
    }
    if (hours) {
        parts.push(`${hours} uur`);
    }
    if (!days && minutes) {
        parts.push(`${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}`);
    }
    if (!parts.length) {
        return 'minder dan een minuut';
    }
    return parts.join(' en ');
}

export function days(value) {
    if (value === null || value === undefined) {
        return '–';
    }
    return `${value.toLocaleString('nl-NL', {maximumFractionDigits: 1})} ${value === 1 ? 'dag' : 'dagen'}`;
}

/** "1 revisie", "3 revisies": a count with the singular or the plural of its noun. */
export function count(number, singular, plural) {
    return `${number.toLocaleString('nl-NL', {maximumFractionDigits: 1})} ${number === 1 ? singular : plural}`;
}

/** "revisie 2 van 3": the how-manieth proposal of its cycle, of how many in that cycle. */
export function revisionText(inCycle, ofCycle) {
    return `revisie ${inCycle} van ${ofCycle}`;
}
