/**
 * The form of cooperation of a decided assessment: the result of a form weighing (phase 4) that covers this
 * assessment's decision, with a link to that weighing; or the weighing that is still running on it.
 */
import {api} from '../../api.js';
import {h, replaceChildren} from '../../dom.js';
import {moment} from '../../terms.js';

export function chosenForm(assessmentId) {
    const area = h('div', {id: 'vorm-uit-afweging'});
    let loadedFor = null;

    async function load(doc) {
        const weighings = await api.get(`/api/weighings?assessmentId=${encodeURIComponent(assessmentId)}`);
        const ofThisDecision = weighings.filter(w => w.themes.some(t => t.assessmentId === assessmentId
            && t.decisionId === doc.decision.decisionId));
        const chosen = ofThisDecision.find(w => w.chosen);
        const running = ofThisDecision.find(w => !w.chosen);
        const link = w => h('a', {href: `#/vormafweging/${encodeURIComponent(w.weighingId)}`}, w.title);
        replaceChildren(area, chosen ? h('section', {class: 'sectie', 'aria-labelledby': 'vorm-uit-afweging-titel'},
            h('h2', {id: 'vorm-uit-afweging-titel'}, 'Samenwerkingsvorm'),
            h('p', {}, h('strong', {}, formName(chosen, chosen.chosen.form)),
                ` – gekozen in de vormafweging `, link(chosen), ` (revisie ${chosen.chosen.revision}), `
                + `bevestigd door alle gemeenten op ${moment(chosen.chosen.at)}.`))
            : running ? h('p', {}, 'De samenwerkingsvorm wordt gewogen in de vormafweging ', link(running), '.')
                : []);
    }

    return {
        element: area,
        show(doc) {
            const key = doc.decision ? doc.decision.decisionId : null;
            if (key === loadedFor) {
                return;
            }
            loadedFor = key;
            if (!key) {
                replaceChildren(area);
                return;
            }
            load(doc).catch(console.warn);
        },
        drop() {
        },
    };
}

function formName(weighing, code) {
    const form = weighing.forms.find(f => f.code === code);
    return form ? form.name.charAt(0).toUpperCase() + form.name.slice(1) : code;
}
