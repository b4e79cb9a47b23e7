/**
 * Afwegingskader: the version in force and the proposals for a new one (phase 1 of the route). Each proposal shows
 * its changes against the version it was based on, who adopted it and who has yet to; a bestuurder adopts or
 * declines it for the own gemeente; the programmateam proposes a new version.
 */
import {api} from '../api.js';
import {h, replaceChildren} from '../dom.js';
import {field, form, textarea, values} from '../forms.js';
import {proposeForm} from './kader-editor.js';
import {framework, moment} from '../terms.js';
import {setTitle} from '../shell.js';

const STATUS = {VOORGESTELD: 'Ligt voor', IN_WERKING: 'In werking', VERVANGEN: 'Vervangen door een later voorstel'};
const KINDS = {TOEGEVOEGD: 'Toegevoegd', VERWIJDERD: 'Verwijderd', GEWIJZIGD: 'Gewijzigd'};

export async function kader(container, {me}) {
    setTitle('Afwegingskader');
    const terms = await framework();
    const inForce = await api.get('/api/framework');
    const list = h('div', {id: 'kader-voorstellen'});
    const status = h('div', {id: 'kader-melding', class: 'formulier__meldingen', tabindex: '-1'});
    /** A message that outlives the proposal list, which a reload replaces together with the answered form. */
    const report = text => {
        replaceChildren(status, h('div', {class: 'melding melding--succes', role: 'status'}, h('p', {}, text)));
        status.focus();
    };
    container.append(
        h('h1', {}, 'Afwegingskader'),
        h('p', {}, `Versie ${inForce.version} is in werking sinds ${moment(inForce.adoptedAt)}. Een nieuwe versie `
            + 'geldt pas als de bestuurder van elke deelnemende gemeente haar heeft vastgesteld. Lopende afwegingen '
            + 'houden hun versie.'),
        h('section', {class: 'sectie', 'aria-labelledby': 'voorstellen-titel'},
            h('h2', {id: 'voorstellen-titel'}, 'Voorstellen voor een nieuwe versie'), status, list));

    async function load(expect) {
        let proposals = await api.get('/api/framework/proposals');
        for (let attempt = 0; attempt < 20 && expect && !expect(proposals); attempt += 1) {
            await new Promise(resolve => setTimeout(resolve, 250));
            proposals = await api.get('/api/framework/proposals');
        }
        replaceChildren(list, proposals.length
            ? proposals.map(proposal => proposalSection(proposal, terms, load, report))
            : h('p', {class: 'leeg'}, 'Er zijn nog geen voorstellen voor een nieuwe versie.'));
    }

    await load();
    if (me.role === 'PROGRAMMATEAM') {
        container.append(h('section', {class: 'sectie', 'aria-label': 'Nieuwe versie voorstellen'}, proposeForm(inForce, load)));
    }
}

function proposalSection(proposal, terms, reload, report) {
    const id = `voorstel-${proposal.version}`;
    const adopted = proposal.positions.filter(p => p.position === 'VASTGESTELD');
    const declined = proposal.positions.filter(p => p.position === 'AFGEWEZEN');
    return h('article', {class: 'voorstel', id, 'aria-labelledby': `${id}-titel`},
        h('h3', {id: `${id}-titel`}, `Versie ${proposal.version}: ${STATUS[proposal.status] || proposal.status}`),
        h('p', {}, `Voorgesteld ${moment(proposal.proposedAt)} op basis van versie ${proposal.basedOnVersion}: `,
            h('span', {class: 'celtekst'}, proposal.reason)),
        proposal.inForceAt ? h('p', {}, `In werking sinds ${moment(proposal.inForceAt)}.`) : null,
        changesTable(proposal, id),
        h('h4', {}, 'Vastgesteld door'),
        adopted.length ? h('ul', {id: `${id}-vastgesteld`}, adopted.map(p => h('li', {},
            `${terms.gemeente(p.gemeente)}, ${moment(p.at)}`))) : h('p', {class: 'leeg', id: `${id}-vastgesteld`}, 'Nog niemand.'),
        declined.length ? [h('h4', {}, 'Afgewezen door'), h('ul', {}, declined.map(p => h('li', {},
            `${terms.gemeente(p.gemeente)}, ${moment(p.at)}: `, h('span', {class: 'celtekst'}, p.reason))))] : null,
        proposal.status === 'VOORGESTELD' ? [h('h4', {}, 'Nog vast te stellen door'),
            h('p', {id: `${id}-nog`}, proposal.pending.length ? proposal.pending.map(g => terms.gemeente(g)).join(', ') : 'Niemand meer.')] : null,
        proposal.mayAnswerFor.map(gemeente => answerForms(proposal, gemeente, terms, reload, report)));
}

function changesTable(proposal, id) {
    if (!proposal.changes.length) {
        return h('p', {}, 'Geen wijzigingen ten opzichte van de vorige versie.');
    }
    return h('div', {class: 'tabelhouder', tabindex: '0', role: 'region', 'aria-labelledby': `${id}-wijzigingen`},
        h('table', {},
            h('caption', {id: `${id}-wijzigingen`}, `Versie ${proposal.version}: wijzigingen ten opzichte van versie ${proposal.basedOnVersion} (${proposal.changes.length})`),
            h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Onderdeel'), h('th', {scope: 'col'}, 'Wat'),
                h('th', {scope: 'col'}, 'Wijziging'), h('th', {scope: 'col'}, 'Toelichting'))),
            h('tbody', {}, proposal.changes.map(change => h('tr', {},
                h('td', {}, change.section), h('th', {scope: 'row'}, change.item),
                h('td', {}, KINDS[change.kind] || change.kind), h('td', {class: 'celtekst'}, change.description || ''))))));
}

function answerForms(proposal, gemeente, terms, reload, report) {
    const name = terms.gemeente(gemeente);
    const adopt = form({
        id: `vaststellen-${proposal.version}-${gemeente}`,
        title: `Versie ${proposal.version} vaststellen voor ${name}`,
        submitLabel: `Vaststellen voor ${name}`,
        fields: [h('p', {}, 'Met vaststellen stemt uw gemeente in met deze versie. Zij gaat in werking zodra alle gemeenten haar hebben vastgesteld.')],
        onSubmit: async formElement => {
            const result = await api.post(`/api/framework/versions/${proposal.version}/adoptions`, {gemeente});
            await reload(next => next.some(p => p.version === proposal.version
                && p.positions.some(pos => pos.gemeente === gemeente && pos.position === 'VASTGESTELD')));
            report(result.inForce ? `Versie ${proposal.version} is vastgesteld voor ${name} en is nu in werking.`
                : `Versie ${proposal.version} is vastgesteld voor ${name}.`);
        },
    });
    const decline = form({
        id: `afwijzen-${proposal.version}-${gemeente}`,
        title: `Versie ${proposal.version} afwijzen voor ${name}`,
        submitLabel: 'Afwijzen',
        fields: [field({label: 'Reden', control: textarea('reason', {id: `afwijzen-reden-${proposal.version}`, rows: 2})})],
        onSubmit: async formElement => {
            const data = values(formElement);
            await api.post(`/api/framework/versions/${proposal.version}/declines`, {gemeente, reason: data.reason});
            await reload(next => next.some(p => p.version === proposal.version
                && p.positions.some(pos => pos.gemeente === gemeente && pos.position === 'AFGEWEZEN')));
            report(`Versie ${proposal.version} is afgewezen voor ${name}.`);
        },
    });
    return h('div', {class: 'velden'}, adopt, decline);
}
