/**
 * Accessible form building blocks: every control has a visible label, hints and errors are tied to it
 * with aria-describedby, and a refusal of the server is shown both per field and as a summary that
 * screen readers announce (role="alert").
 */
import {h, uniqueId} from './dom.js';
import {moment} from './terms.js';

/** A labelled field around a control; {@code name} becomes the control's name (matching API field names). */
export function field({label, hint, control}) {
    if (!control.id) {
        control.id = uniqueId(control.name || 'veld');
    }
    const describedBy = [];
    let hintElement = null;
    if (hint) {
        hintElement = h('span', {class: 'hulp', id: `${control.id}-hulp`}, hint);
        describedBy.push(hintElement.id);
        control.setAttribute('aria-describedby', describedBy.join(' '));
        control.dataset.hulp = hintElement.id;
    }
    return h('div', {class: 'veld'}, h('label', {for: control.id}, label), hintElement, control);
}

export function select(name, options, {value, empty, required = false, id} = {}) {
    const control = h('select', {name, id: id || uniqueId(name), required});
    if (empty !== undefined) {
        control.appendChild(h('option', {value: ''}, empty));
    }
    for (const option of options) {
        control.appendChild(h('option', {value: option.value}, option.label));
    }
    if (value !== undefined && value !== null) {
        control.value = value;
    }
    return control;
}

export function textarea(name, {rows = 4, maxlength = 10000, required = false, id} = {}) {
    return h('textarea', {name, rows, maxlength, required, id: id || uniqueId(name)});
}

export function input(name, {type = 'text', maxlength = 200, required = false, id, value, autocomplete = 'off'} = {}) {
    return h('input', {name, type, maxlength, required, id: id || uniqueId(name), value, autocomplete});
}

/** A checkbox group (fieldset with legend). */
export function checkboxes(name, legend, options, checked) {
    return h('fieldset', {class: 'veld', 'data-veld': name},
        h('legend', {}, legend),
        h('div', {class: 'keuzes'}, options.map(option => {
            const id = uniqueId(name);
            return h('label', {class: 'keuze', for: id},
                h('input', {type: 'checkbox', name, id, value: option.value, checked: checked(option.value)}),
                option.label);
        })));
}

/**
 * A form with a message area at the top and a submit button. {@code onSubmit(form)} does the work and
 * may throw an ApiError; {@code errorHandler(error, form)} may take over showing it (returns true).
 */
export function form({title, titleLevel = 'h3', className = 'formulier formulier--kader', fields, submitLabel,
                         onSubmit, errorHandler, extraButtons = [], id}) {
    const messages = h('div', {class: 'formulier__meldingen'});
    const submit = h('button', {type: 'submit', class: 'knop knop--primair'}, submitLabel);
    const titleId = id ? `${id}-titel` : uniqueId('formulier-titel');
    const element = h('form', {class: className, novalidate: true, id, 'aria-labelledby': title ? titleId : null},
        title ? h(titleLevel, {id: titleId}, title) : null,
        messages,
        fields,
        h('div', {class: 'knoppen'}, submit, extraButtons));
    element.addEventListener('submit', async event => {
        event.preventDefault();
        clearErrors(element);
        submit.disabled = true;
        element.setAttribute('aria-busy', 'true');
        try {
            await onSubmit(element, event.submitter);
        } catch (error) {
            if (!(errorHandler && errorHandler(error, element))) {
                showProblem(element, error);
                focusMessage(element);
            }
        } finally {
            submit.disabled = false;
            element.removeAttribute('aria-busy');
        }
    });
    return element;
}

export function clearErrors(formElement) {
    formElement.querySelectorAll('.veldfout').forEach(error => error.remove());
    formElement.querySelectorAll('[aria-invalid]').forEach(control => {
        control.removeAttribute('aria-invalid');
        const hint = control.dataset.hulp;
        if (hint) {
            control.setAttribute('aria-describedby', hint);
        } else {
            control.removeAttribute('aria-describedby');
        }
    });
    messages(formElement).replaceChildren();
}

function messages(formElement) {
    return formElement.querySelector('.formulier__meldingen');
}

/**
 * Moves focus to the message the form shows now (its heading, or the message itself), so that after sending
 * focus is not left on a button that was disabled meanwhile (which drops it to the page's body). False when the
 * form shows no message or is no longer on the page.
 */
export function focusMessage(formElement) {
    const message = messages(formElement).firstElementChild;
    if (!message || !formElement.isConnected || formElement.closest('[hidden]')) {
        return false;
    }
    const target = message.querySelector('h3, h4, h5') || message;
    target.setAttribute('tabindex', '-1');
    target.focus();
    return document.activeElement === target;
}

/** A success message in the form (role="status", so it is announced politely). */
export function showSuccess(formElement, text) {
    messages(formElement).replaceChildren(h('div', {class: 'melding melding--succes', role: 'status'}, h('p', {}, text)));
}

/** Finds the control for an API field name: by data-veld, then by name. */
function controlFor(formElement, fieldName) {
    if (!fieldName) {
        return null;
    }
    const byData = formElement.querySelector(`[data-veld="${CSS.escape(fieldName)}"]`);
    if (byData) {
        return byData.matches('fieldset') ? byData.querySelector('input, select, textarea') || byData : byData;
    }
    const byName = formElement.querySelector(`[name="${CSS.escape(fieldName)}"]`);
    return byName;
}

/** The message's heading one level below the form's own title (h4 when the form has none), so levels never skip. */
function messageHeading(formElement) {
    const title = formElement.querySelector(':scope > h2, :scope > h3, :scope > h4');
    return title ? `h${Math.min(5, Number(title.tagName.substring(1)) + 1)}` : 'h4';
}

/** Shows a refusal: field errors next to their controls, and a summary with the problem's detail. */
export function showProblem(formElement, error) {
    const problem = error.problem || {};
    const status = error.status;
    const title = {
        400: 'Controleer uw invoer',
        403: 'Dit mag u niet doen',
        404: 'Niet gevonden',
        409: 'Niet mogelijk',
        503: 'Even geduld',
    }[status] || 'Er ging iets mis';
    const summaryItems = [];
    let firstInvalid = null;
    for (const fieldError of problem.errors || []) {
        const control = controlFor(formElement, fieldError.field);
        if (control && control.matches('input, select, textarea')) {
            const errorId = `${control.id}-fout`;
            const errorElement = h('span', {class: 'veldfout', id: errorId}, fieldError.message);
            control.insertAdjacentElement('afterend', errorElement);
            control.setAttribute('aria-invalid', 'true');
            const described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
            described.push(errorId);
            control.setAttribute('aria-describedby', described.join(' '));
            firstInvalid = firstInvalid || control;
            summaryItems.push(h('li', {}, h('a', {
                href: `#${control.id}`,
                onclick: event => {
                    event.preventDefault();
                    control.focus();
                },
            }, fieldError.message)));
        } else {
            summaryItems.push(h('li', {}, fieldError.message));
        }
    }
    const detail = problem.detail || error.message;
    const showDetail = !summaryItems.length || !(problem.errors || []).some(e => e.message === detail);
    messages(formElement).replaceChildren(h('div', {class: 'melding melding--fout', role: 'alert'},
        h(messageHeading(formElement), {}, title),
        showDetail ? h('p', {}, detail) : null,
        summaryItems.length ? h('ul', {}, summaryItems) : null,
        // what a refusal lists one by one (what a package misses, who gave no input where)
        (problem.missing || []).length ? [h('p', {}, 'Ontbreekt:'),
            h('ul', {class: 'ontbreekt'}, problem.missing.map(item => h('li', {}, item)))] : null));
}

/**
 * A 409 of a concurrent change: the detail and the changes the user had not seen (who, what, when), with
 * a note that the page shows the newest version now.
 */
export function showConflict(formElement, error, reloadedVersion, nameOf) {
    const problem = error.problem || {};
    const unseen = problem.unseenChanges || [];
    messages(formElement).replaceChildren(h('div', {class: 'melding melding--waarschuwing conflict', role: 'alert'},
        h('h4', {}, 'Iemand anders was u voor'),
        h('p', {}, problem.detail || error.message),
        unseen.length ? h('p', {}, 'Deze wijzigingen had u nog niet gezien:') : null,
        unseen.length ? h('ul', {class: 'ongeziene-wijzigingen'}, unseen.map(change =>
            h('li', {}, change.description || change.type, ' – ', nameOf ? nameOf(change.by) : change.by,
                change.at ? `, ${moment(change.at)}` : ''))) : null,
        h('p', {}, reloadedVersion != null
            ? `De afweging is bijgewerkt (versie ${reloadedVersion}). Uw invoer staat nog in het formulier: controleer de wijzigingen en verstuur opnieuw.`
            : 'Uw invoer staat nog in het formulier: controleer de wijzigingen en verstuur opnieuw.')));
}

export function values(formElement) {
    const result = {};
    for (const control of formElement.elements) {
        if (!control.name || control.type === 'submit' || control.type === 'button') {
            continue;
        }
        if (control.type === 'checkbox') {
            continue;
        }
        result[control.name] = control.value;
    }
    return result;
}

export function checked(formElement, name) {
    return [...formElement.querySelectorAll(`input[type="checkbox"][name="${CSS.escape(name)}"]`)]
        .filter(box => box.checked).map(box => box.value);
}

export function blankToNull(value) {
    return value === undefined || value === null || String(value).trim() === '' ? null : value;
}
