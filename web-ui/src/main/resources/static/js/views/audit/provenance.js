/**
 * Herkomst van een besluit (#/besluiten/{decisionId}): what a decision rests on, from
 * GET /api/decisions/{decisionId}/provenance: the proposals with what changed and who confirmed them, the
 * inputs, the interventions, the confirmations it counted, and every event of its cycle. Each fact links to
 * its entry in the history and to the whole assessment as it stood right after it.
 */
import {api, ApiError} from '../../api.js';
import {h} from '../../dom.js';
import {framework, INTERVENTION_KINDS, INTERVENTION_STATUS, moment} from '../../terms.js';
import {setTitle} from '../../shell.js';
import {decisionLinks, person, to} from './links.js';
import {informingLine, raadInforming} from './raad-informing.js';

/** Right after a decision its index may lag a moment behind (404 until it caught up): ask again briefly. */
async function provenanceOf(decisionId) {
    const path = `/api/decisions/${encodeURIComponent(decisionId)}/provenance`;
    for (let attempt = 0; ; attempt += 1) {
        try {
            return await api.get(path);
        } catch (error) {
            if (!(error instanceof ApiError) || error.status !== 404 || attempt >= 12) {
                throw error;
            }
            await new Promise(resolve => setTimeout(resolve, 400));
        }
    }
}

export async function provenance(container, {parameters}) {
    const decisionId = parameters[0];
    const item = await provenanceOf(decisionId);
    const id = item.assessmentId;
    const pinned = await api.get(`/api/assessments/${encodeURIComponent(id)}`);
    const terms = await framework(pinned.frameworkVersion);
    const informed = (await raadInforming(id))(id, item.cycle);
    const title = `${terms.theme(item.themeCode)}: ${terms.titleOf(item)}`;
    setTitle(`Herkomst van de bevestiging ${title}`);

    const trace = (sequence, at) => h('span', {class: 'herleiding'},
        h('a', {href: to.historyEntry(id, sequence)}, `Gebeurtenis ${sequence} in de geschiedenis`), ' · ',
        h('a', {href: to.asOf(id, at)}, `Stand na gebeurtenis ${sequence}`));
    const scales = map => terms.layers.filter(layer => map && map[layer.code])
        .map(layer => `${layer.name}: ${terms.scale(map[layer.code])}`).join(', ');
    const change = c => c.what === 'SCHAAL'
        ? `${terms.layer(c.layer)}: ${terms.scale(c.from)} → ${terms.scale(c.to)}` : 'onderbouwing herzien';
    const table = (key, caption, heads, rows) => h('div', {class: 'tabelhouder', tabindex: '0', role: 'region', 'aria-labelledby': `${key}-bijschrift`},
        h('table', {id: key},
            h('caption', {id: `${key}-bijschrift`}, caption),
            h('thead', {}, h('tr', {}, heads.map(head => h('th', {scope: 'col'}, head)))),
            h('tbody', {}, rows)));
    const part = (key, heading, ...content) => h('section', {class: 'sectie', id: `herkomst-${key}`, 'aria-labelledby': `herkomst-${key}-titel`},
        h('h2', {id: `herkomst-${key}-titel`}, heading), content);

    container.append(
        h('p', {}, h('a', {href: '#/besluiten'}, 'Naar alle bevestigingen')),
        h('h1', {}, `Herkomst van de bestuurlijke bevestiging: ${title}`),
        h('p', {}, `Bevestigd op ${moment(item.decidedAt)} in cyclus ${item.cycle}, op basis van revisie ${item.revision}. `
            + `Deelnemende gemeenten: ${item.gemeenten.map(code => terms.gemeente(code)).join(', ')}.`),
        h('ul', {id: 'herkomst-schalen'}, terms.layers.map(layer =>
            h('li', {}, `${layer.name}: `, h('strong', {}, terms.scale(item.scales[layer.code]))))),
        h('p', {}, h('a', {href: to.assessment(id)}, 'Naar de afweging'), ' · ',
            h('a', {href: to.asOf(id, item.decidedAt), id: 'stand-na-besluit'}, 'De afweging zoals die er bij de bevestiging voor stond'), ' · ',
            h('a', {href: to.history(id)}, 'Geschiedenis')),
        decisionLinks(id, decisionId, {provenance: false}),

        part('voorstellen', 'Voorstellen',
            table('herkomst-revisies', `Revisies van cyclus ${item.cycle}, met wat er veranderde en wie bevestigde`,
                ['Revisie', 'Schaal per laag', 'Onderbouwing', 'Door, op', 'Gewijzigd', 'Bevestigd door', 'Herleiden'],
                item.revisions.map(revision => h('tr', {class: revision.decided ? 'besloten' : null},
                    h('td', {}, `${revision.revision}`, revision.decided ? h('strong', {}, ' (bevestigd)') : null),
                    h('td', {}, scales(revision.scales)),
                    h('td', {class: 'celtekst'}, revision.rationale),
                    h('td', {}, `${person(revision.by, terms)}, ${moment(revision.at)}`),
                    h('td', {}, revision.changes.length ? revision.changes.map(change).join('; ') : 'eerste voorstel van deze cyclus'),
                    h('td', {}, revision.confirmations.length
                        ? revision.confirmations.map(c => terms.gemeente(c.gemeente)).join(', ') : '–'),
                    h('td', {}, trace(revision.sequence, revision.at)))))),

        part('inbreng', 'Inbreng van de gemeenten',
            item.inputs.length ? table('herkomst-inbrengtabel', 'Inbreng per gemeente, laag en criterium in deze cyclus',
                ['Gemeente', 'Laag', 'Criterium', 'Neiging', 'Toelichting', 'Door, op', 'Herleiden'],
                item.inputs.map(input => h('tr', {class: input.superseded ? 'vervangen' : null},
                    h('td', {}, terms.gemeente(input.gemeente)),
                    h('td', {}, terms.layer(input.layer)),
                    h('td', {}, terms.criterion(input.criterion).name),
                    h('td', {}, input.leaning ? terms.scale(input.leaning) : 'geen neiging'),
                    h('td', {class: 'celtekst'}, input.text,
                        input.superseded ? h('span', {class: 'wie'}, 'Later vervangen door nieuwere inbreng op dezelfde cel.') : null),
                    h('td', {}, `${person(input.by, terms)}, ${moment(input.at)}`),
                    h('td', {}, trace(input.sequence, input.at)))))
                : h('p', {class: 'leeg'}, 'Er is in deze cyclus geen inbreng gegeven.')),

        part('interventies', 'Interventies',
            item.interventions.length ? h('ul', {class: 'lijst', id: 'herkomst-interventielijst'}, item.interventions.map(intervention => h('li', {},
                h('strong', {}, `${terms.gemeente(intervention.gemeente)}: ${INTERVENTION_KINDS[intervention.kind] || intervention.kind} (${terms.layer(intervention.layer)})`),
                intervention.duringRevision ? ` tijdens revisie ${intervention.duringRevision}` : '',
                h('p', {class: 'celtekst'}, intervention.reason),
                h('span', {class: 'wie'}, `Ingediend door ${person(intervention.openedBy, terms)} op ${moment(intervention.openedAt)}. `, trace(intervention.openedSequence, intervention.openedAt)),
                intervention.outcome
                    ? h('span', {class: 'wie'}, `${INTERVENTION_STATUS[intervention.outcome] || intervention.outcome} door ${person(intervention.resolvedBy, terms)} op ${moment(intervention.resolvedAt)}`
                        + (intervention.note ? `: ${intervention.note}. ` : '. '), trace(intervention.resolvedSequence, intervention.resolvedAt))
                    : h('span', {class: 'wie'}, 'Nog open.'))))
                : h('p', {class: 'leeg'}, 'Er waren in deze cyclus geen interventies.')),

        part('bevestigingen', 'Bevestigingen waarop de bestuurlijke bevestiging rust',
            table('herkomst-bevestigingstabel', `Bevestigingen van revisie ${item.revision}`,
                ['Gemeente', 'Door', 'Op', 'Toelichting', 'Herleiden'],
                item.confirmations.map(c => h('tr', {},
                    h('td', {}, terms.gemeente(c.gemeente)),
                    h('td', {}, person(c.by, terms)),
                    h('td', {}, moment(c.at)),
                    h('td', {class: 'celtekst'}, c.note || '–'),
                    h('td', {}, trace(c.sequence, c.at))))),
            informingLine(informed, terms, 'herkomst-raad-informeren') || h('p', {class: 'leeg'}, 'Er zijn (nog) geen gegevens over het informeren van de raden.')),

        part('verloop', 'Verloop, gebeurtenis voor gebeurtenis',
            h('p', {}, `Alle ${item.chain.length} gebeurtenissen van deze cyclus, van de opening tot en met de bestuurlijke bevestiging.`),
            h('ol', {class: 'tijdlijn', id: 'herkomst-keten'}, item.chain.map(step => h('li', {},
                h('span', {class: 'wanneer'}, h('time', {datetime: step.occurredAt}, moment(step.occurredAt)), ` – gebeurtenis ${step.sequence}`),
                h('p', {class: 'omschrijving'}, step.description || step.type),
                step.reason ? h('p', {class: 'celtekst'}, step.reason) : null,
                h('span', {class: 'wie'}, `Door ${person(step.actor, terms)}`),
                h('span', {class: 'wie'}, trace(step.sequence, step.occurredAt)))))));
}
