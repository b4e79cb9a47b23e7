/**
 * In the bestuurder's confirm form: per kader of the own raad for the theme, whether the package stays within it
 * (issue 12). Outside a kader, the confirmation stays voorwaardelijk until the raad's verdict.
 */
import {api} from '../../api.js';
import {h, replaceChildren} from '../../dom.js';

export function kaderAnswers(me) {
    const element = h('div', {id: 'bevestig-kaders'});
    let kaders = [];

    async function load(assessmentId) {
        const raad = await api.get(`/api/assessments/${encodeURIComponent(assessmentId)}/raad`);
        const own = raad.gemeenten.find(g => g.gemeente === me.gemeente);
        kaders = own ? own.kaders : [];
        replaceChildren(element, kaders.length ? [
            h('p', {}, 'Geef per kader van uw gemeenteraad aan of het pakket erbinnen blijft. Gaat het buiten een '
                + 'kader, dan blijft uw bevestiging voorwaardelijk tot de raad zich heeft uitgesproken.'),
            kaders.map((kader, index) => h('fieldset', {class: 'kader-antwoord'},
                h('legend', {}, `Kader: ${kader.text} (raadsbesluit ${kader.raadsbesluit.reference})`),
                radio(index, 'true', 'Het pakket blijft binnen dit kader', true),
                radio(index, 'false', 'Het pakket gaat buiten dit kader', false),
                h('label', {for: `kader-toelichting-${index}`}, 'Toelichting (verplicht buiten het kader)'),
                h('textarea', {id: `kader-toelichting-${index}`, name: `kader-toelichting-${index}`, rows: 2,
                    maxlength: 10000})))] : []);
    }

    function radio(index, value, label, checked) {
        const id = `kader-${index}-${value}`;
        return h('div', {class: 'keuze'},
            h('input', {type: 'radio', id, name: `kader-${index}`, value, checked: checked ? 'checked' : null}),
            h('label', {for: id}, label));
    }

    function answers() {
        return kaders.map((kader, index) => ({
            kaderId: kader.kaderId,
            within: element.querySelector(`input[name="kader-${index}"]:checked`).value === 'true',
            explanation: element.querySelector(`#kader-toelichting-${index}`).value.trim() || null,
        }));
    }

    return {element, load, answers};
}
