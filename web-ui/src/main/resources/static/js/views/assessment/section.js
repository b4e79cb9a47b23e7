/**
 * What the section modules of the assessment page share: the section frame, and forms that follow what the
 * server says the signed-in user may do (allowedActions of the document; the page has no role table).
 */
import {h} from '../../dom.js';

export function section(key, title, area, ...forms) {
    return h('section', {class: 'sectie', id: `sectie-${key}`, 'aria-label': title}, area, forms);
}

/** Removes a form that the user's role may never use (roleMay lacks its action), so readers get a calm page. */
export function dropUnless(roleMay, action, element) {
    if (!roleMay.includes(action)) {
        element.remove();
    }
}
