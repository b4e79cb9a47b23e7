/** Small services of the page shell that every view uses. */
import {h} from './dom.js';

/** Announces a short text politely to screen readers (the visually hidden live region of the shell). */
export function announce(text) {
    const region = document.getElementById('aankondigingen');
    if (!region) {
        return;
    }
    region.appendChild(h('p', {}, text));
    while (region.childElementCount > 5) {
        region.firstElementChild.remove();
    }
}

/** Sets the title of the browser tab. */
export function setTitle(text) {
    document.title = `${text} – Regiokompas`;
}
