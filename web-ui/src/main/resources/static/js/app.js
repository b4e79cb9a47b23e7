/**
 * The single-page shell of Regiokompas: who is signed in, the main navigation and hash routes. Each
 * route renders into <main>; on every route change the page title changes and focus moves to the new
 * heading, so screen reader and keyboard users know where they are.
 */
import {api, csrfToken} from './api.js';
import {h} from './dom.js';
import {ROLES} from './terms.js';
import {setTitle} from './shell.js';
import {overview} from './views/overview.js';
import {assessment} from './views/assessment.js';
import {history} from './views/history.js';
import {decisions} from './views/decisions.js';
import {mandates} from './views/mandates.js';
import {interventions} from './views/interventions.js';
import {reflections} from './views/reflections.js';
import {evaluation} from './views/evaluation.js';
import {asOf} from './views/audit/as-of.js';
import {provenance} from './views/audit/provenance.js';
import {integrity} from './views/audit/integrity.js';
import {route} from './views/route.js';
import {kader} from './views/kader.js';
import {weighing, weighings} from './views/weighing.js';
import {raad} from './views/raad.js';

const routes = [
    {pattern: /^\/?$/, view: overview, nav: 'overzicht'},
    {pattern: /^\/afweging\/([^/]+)$/, view: assessment, nav: 'overzicht'},
    {pattern: /^\/afweging\/([^/]+)\/geschiedenis$/, view: history, nav: 'overzicht'},
    {pattern: /^\/afweging\/([^/]+)\/geschiedenis\/(\d+)$/, view: history, nav: 'overzicht'},
    {pattern: /^\/afweging\/([^/]+)\/stand$/, view: asOf, nav: 'overzicht'},
    {pattern: /^\/afweging\/([^/]+)\/stand\/([^/]+)$/, view: asOf, nav: 'overzicht'},
    {pattern: /^\/besluiten$/, view: decisions, nav: 'besluiten'},
    {pattern: /^\/besluiten\/([^/]+)$/, view: provenance, nav: 'besluiten'},
    {pattern: /^\/integriteit$/, view: integrity, nav: 'integriteit'},
    {pattern: /^\/mandaten$/, view: mandates, nav: 'mandaten'},
    {pattern: /^\/interventies$/, view: interventions, nav: 'interventies'},
    {pattern: /^\/reflecties$/, view: reflections, nav: 'reflecties'},
    {pattern: /^\/evaluatie$/, view: evaluation, nav: 'evaluatie'},
    {pattern: /^\/route$/, view: route, nav: 'route'},
    {pattern: /^\/kader$/, view: kader, nav: 'kader'},
    {pattern: /^\/vormafweging$/, view: weighings, nav: 'vormafweging'},
    {pattern: /^\/vormafweging\/([^/]+)$/, view: weighing, nav: 'vormafweging'},
    {pattern: /^\/raad$/, view: raad, nav: 'raad'},
    {pattern: /^\/raad\/([^/]+)$/, view: raad, nav: 'raad'},
];

const main = document.getElementById('inhoud');
let me = null;
let leaveCurrent = null;
let renderCount = 0;

async function render() {
    const hash = window.location.hash;
    if (hash && !hash.startsWith('#/')) {
        return;
    }
    const path = decodeURI(hash.substring(1) || '/');
    const route = routes.find(candidate => candidate.pattern.test(path));
    if (leaveCurrent) {
        leaveCurrent();
        leaveCurrent = null;
    }
    document.querySelectorAll('.navigatie a').forEach(link => {
        if (route && link.dataset.route === route.nav) {
            link.setAttribute('aria-current', 'page');
        } else {
            link.removeAttribute('aria-current');
        }
    });
    renderCount += 1;
    const thisRender = renderCount;
    const container = h('div', {});
    main.replaceChildren(h('p', {}, 'Bezig met laden…'));
    try {
        if (!route) {
            setTitle('Pagina niet gevonden');
            container.append(h('h1', {tabindex: '-1'}, 'Pagina niet gevonden'),
                h('p', {}, 'Deze pagina bestaat niet. ', h('a', {href: '#/'}, 'Ga naar het overzicht.')));
        } else {
            const parameters = path.match(route.pattern).slice(1).map(decodeURIComponent);
            const leave = await route.view(container, {me, parameters, isCurrent: () => thisRender === renderCount});
            if (thisRender !== renderCount) {
                if (typeof leave === 'function') {
                    leave();
                }
                return;
            }
            leaveCurrent = typeof leave === 'function' ? leave : null;
        }
    } catch (error) {
        console.error(error);
        setTitle('Fout');
        container.replaceChildren(h('h1', {tabindex: '-1'}, 'Er ging iets mis'),
            h('div', {class: 'melding melding--fout', role: 'alert'}, h('p', {}, error.message || String(error))),
            h('p', {}, h('a', {href: '#/'}, 'Terug naar het overzicht')));
    }
    if (thisRender !== renderCount) {
        return;
    }
    main.replaceChildren(container);
    const heading = main.querySelector('h1');
    if (heading) {
        heading.setAttribute('tabindex', '-1');
        if (renderCount > 1) {
            heading.focus();
        }
    }
}

function showUser() {
    const gemeente = me.gemeenteNaam ? `, ${me.gemeenteNaam}` : '';
    document.getElementById('aangemeld-als').replaceChildren(
        'Aangemeld als ', h('strong', {}, me.name), ` (${ROLES[me.role] || me.role}${gemeente})`);
    const logout = document.getElementById('afmelden');
    logout.addEventListener('submit', () => {
        document.getElementById('afmelden-csrf').value = csrfToken();
    });
}

/** On narrow screens the menu button folds the user line and the main menu open and closed. */
function foldableMenu() {
    const button = document.getElementById('menuknop');
    const setOpen = open => {
        document.body.classList.toggle('menu-open', open);
        button.setAttribute('aria-expanded', String(open));
        button.textContent = open ? 'Menu sluiten' : 'Menu';
    };
    button.addEventListener('click', () => setOpen(!document.body.classList.contains('menu-open')));
    window.addEventListener('hashchange', () => setOpen(false));
}

async function start() {
    foldableMenu();
    document.getElementById('skiplink').addEventListener('click', event => {
        event.preventDefault();
        main.focus();
    });
    me = await api.get('/api/me');
    try {
        const region = await api.get('/api/region');
        const gemeente = (region.gemeenten || []).find(item => item.code === me.gemeente);
        me.gemeenteNaam = gemeente ? gemeente.name : me.gemeente;
    } catch (ignored) {
        me.gemeenteNaam = me.gemeente;
    }
    document.body.dataset.rol = me.role;
    document.getElementById('menu-integriteit').hidden = !me.mayVerifyIntegrity;
    showUser();
    if (!window.location.hash && me.role === 'BESTUURDER') {
        // The route is the page a bestuurder opens first (issue 13).
        window.history.replaceState(null, '', '#/route');
    }
    window.addEventListener('hashchange', render);
    await render();
    document.body.dataset.geladen = 'ja';
}

start().catch(error => {
    console.error(error);
    main.replaceChildren(h('h1', {}, 'Regiokompas kon niet starten'),
        h('div', {class: 'melding melding--fout', role: 'alert'}, h('p', {}, error.message || String(error))));
});
