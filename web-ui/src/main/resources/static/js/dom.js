/**
 * Building DOM nodes without ever parsing data as HTML: every text goes through createTextNode, so text
 * that users typed can never become markup.
 */

/**
 * h('p', {class: 'x', onclick: fn}, 'text', child, [more, children])
 * Attributes: class, for, on<event> handlers, booleans (true sets, false/null/undefined omits), others
 * as attributes. Children: strings and numbers become text nodes; null, undefined and false are skipped.
 */
export function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.substring(2).toLowerCase(), value);
        } else if (name === 'value' && 'value' in element) {
            element.value = value;
        } else if (value === true) {
            element.setAttribute(name, '');
        } else {
            element.setAttribute(name, String(value));
        }
    }
    append(element, children);
    return element;
}

export function append(parent, children) {
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return parent;
}

/** Replaces the children of an element, keeping focus and typed values of controls that have an id. */
export function replaceChildren(parent, ...children) {
    const focusedId = parent.contains(document.activeElement) ? document.activeElement.id : null;
    const values = new Map();
    parent.querySelectorAll('input[id], textarea[id], select[id]').forEach(control => {
        if (control.type !== 'hidden' && control.type !== 'checkbox' && control.type !== 'radio') {
            values.set(control.id, control.value);
        }
    });
    parent.replaceChildren();
    append(parent, children);
    values.forEach((value, id) => {
        const control = parent.querySelector('#' + CSS.escape(id));
        if (control && value !== '' && control.tagName !== 'SELECT') {
            control.value = value;
        }
    });
    if (focusedId) {
        const again = parent.querySelector('#' + CSS.escape(focusedId));
        if (again) {
            again.focus();
        }
    }
}

let idCounter = 0;

/** A unique id for connecting labels, hints and errors to their controls. */
export function uniqueId(prefix) {
    idCounter += 1;
    return `${prefix}-${idCounter}`;
}
