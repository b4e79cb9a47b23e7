/**
 * Integriteit (#/integriteit): the auditor's and the programmateam's check of the event hash chain
 * (GET /api/audit/verify, see docs/audit.md), with a readable Dutch answer: in order or not, which event is
 * broken and how, how many events were checked, the chain head as an anchor to archive, and the check of an
 * earlier anchor (?anchor=) and of the server's anchor file (?anchors=file).
 */
import {api, query} from '../../api.js';
import {h, replaceChildren} from '../../dom.js';
import {field, form, input, values} from '../../forms.js';
import {moment, momentExact} from '../../terms.js';
import {announce, setTitle} from '../../shell.js';

const PROBLEMS = {
    ALTERED: 'De opgeslagen gebeurtenis is gewijzigd nadat zij werd vastgelegd (inhoud, metagegevens, tijdstip of een andere kolom).',
    MISSING: 'De gebeurtenis is verwijderd; haar schakel in de keten staat er nog.',
    OUT_OF_SEQUENCE: 'Deze schakel volgt niet op de vorige: een gebeurtenis is samen met haar schakel verwijderd, '
        + 'of er zijn schakels ingevoegd of verplaatst.',
    UNCHAINED: 'Deze gebeurtenis staat niet in de keten: zij is buiten de keten om aan de opslag toegevoegd.',
    CHECKPOINT_BROKEN: 'Een controlepunt is gewijzigd, verwijderd of ingevoegd: de keten van controlepunten klopt niet meer.',
    STREAM_REMOVED: 'Een afwegingstraject (of ander onderwerp) dat een controlepunt vastlegde, heeft geen gebeurtenissen meer: '
        + 'het is in zijn geheel verwijderd.',
    STREAM_TRUNCATED: 'De nieuwste gebeurtenissen van een onderwerp zijn verwijderd: het eindigt eerder dan een controlepunt vastlegde.',
    STREAM_REWRITTEN: 'De gebeurtenissen van een onderwerp kloppen in zichzelf, maar niet meer met wat een controlepunt '
        + 'vastlegde: ze zijn herschreven.',
};

const ANCHOR_OUTCOMES = {
    MATCHES: check => `Het anker klopt: tot en met schakel ${check.position} bevat Regiokompas nog precies dezelfde `
        + 'gebeurtenissen als toen het anker werd vastgelegd.',
    DIFFERS: check => `Het anker klopt niet: op schakel ${check.position} heeft de keten nu een andere hash. De opgeslagen `
        + 'geschiedenis is herschreven nadat het anker werd vastgelegd, ook als de keten in zichzelf weer klopt.',
    CHAIN_BROKEN: check => `Het anker kan niet worden bevestigd: de keten is al verbroken bij of vóór schakel ${check.position}.`,
    BEYOND_HEAD: check => `Schakel ${check.position} ligt voorbij het einde van de keten: er zijn gebeurtenissen verwijderd.`,
};

const count = n => n.toLocaleString('nl-NL');

export async function integrity(container, {me}) {
    setTitle('Integriteit controleren');
    container.append(
        h('h1', {}, 'Integriteit controleren'),
        h('p', {}, 'Elke gebeurtenis in Regiokompas is bij het opslaan opgenomen in een hashketen: elke schakel dekt de '
            + 'vorige schakel en de volledige opgeslagen gebeurtenis. De controle rekent de hele keten opnieuw na en '
            + 'meldt de eerste gebeurtenis die niet meer klopt.'));
    if (!me.mayVerifyIntegrity) {
        container.append(h('div', {class: 'melding melding--info'},
            h('p', {}, 'De integriteitscontrole leest de hele gebeurtenissenopslag en is voorbehouden aan de auditor en het '
                + 'programmateam. U kunt wel het besluitvormingsdossier van elke bevestiging afdrukken (via Bevestigingen).')));
        return;
    }
    const outcome = h('section', {class: 'sectie', id: 'integriteit-uitkomst', 'aria-labelledby': 'integriteit-uitkomst-titel', hidden: true});
    const anchorField = input('anchor', {id: 'integriteit-anker', maxlength: 100});
    const fileBox = h('input', {type: 'checkbox', id: 'integriteit-ankerbestand', name: 'anchors', value: 'file'});
    container.append(form({
        id: 'integriteit-formulier',
        title: 'Controle uitvoeren',
        titleLevel: 'h2',
        submitLabel: 'Integriteit controleren',
        fields: [
            field({label: 'Eerder anker controleren (optioneel)', control: anchorField,
                hint: 'Een anker uit een afgedrukt dossier, het auditdossier of de notulen, in de vorm cp<controlepunt>:hash, '
                    + 'bijvoorbeeld cp4711:9f86d081… (64 tekens); ankers van voor de overstap hebben de vorm 4711:9f86d081…. Leeg laten om alleen de keten te controleren.'}),
            h('div', {class: 'veld'}, h('label', {class: 'keuze', for: 'integriteit-ankerbestand'}, fileBox,
                'Ook de ankers uit het ankerbestand van de server controleren')),
        ],
        onSubmit: async formElement => {
            const anchor = values(formElement).anchor;
            const result = await api.get(`/api/audit/verify${query({anchor, anchors: fileBox.checked ? 'file' : null})}`);
            show(result, new Date().toISOString());
            outcome.hidden = false;
            outcome.querySelector('h2').focus();
            announce(result.ok ? 'De hashketen is in orde.' : 'De hashketen is niet in orde.');
        },
    }), outcome);

    function show(result, checkedAt) {
        const head = result.headAnchor || `${result.headPosition}:${result.headHash}`;
        replaceChildren(outcome,
            h('h2', {id: 'integriteit-uitkomst-titel', tabindex: '-1'}, 'Uitkomst van de controle'),
            h('div', {class: `melding ${result.ok ? 'melding--succes' : 'melding--fout'}`, id: 'integriteit-oordeel'},
                h('p', {}, h('strong', {}, result.ok ? 'In orde: de hashketen klopt.' : 'Niet in orde: de hashketen is verbroken.')),
                h('p', {}, `${count(result.eventsChecked)} ${result.eventsChecked === 1 ? 'gebeurtenis' : 'gebeurtenissen'} `
                    + `gecontroleerd op ${momentExact(checkedAt)}`
                    + (result.ok ? '.' : ', tot en met de eerste die niet klopt.'))),
            result.broken ? broken(result.broken) : null,
            h('h3', {}, 'Anker om te bewaren'),
            h('p', {}, 'Dit is de kop van de keten nu. Bewaar dit anker buiten Regiokompas, bijvoorbeeld in het '
                + 'auditdossier of de notulen van de Bestuurstafel; met een latere controle van dit anker ziet u of er '
                + 'sindsdien iets is herschreven.'),
            h('p', {class: 'anker'}, h('code', {id: 'integriteit-kop'}, head)),
            result.anchor ? anchorCheck(result.anchor) : null,
            result.anchorFile ? anchorFile(result.anchorFile) : null);
    }

    function broken(link) {
        return h('div', {id: 'integriteit-breuk'},
            h('h3', {}, 'Waar de keten breekt'),
            h('p', {}, PROBLEMS[link.problem] || link.problem),
            h('dl', {class: 'kenmerken'},
                fact(link.problem === 'CHECKPOINT_BROKEN' ? 'Controlepunt' : 'Schakel', link.position == null ? 'onbekend' : count(link.position)),
                fact('Gebeurtenis', link.eventIdentifier || 'onbekend'),
                fact('Van', link.aggregateIdentifier
                    ? [link.aggregateIdentifier, link.sequenceNumber == null ? '' : `, gebeurtenis ${link.sequenceNumber}`] : 'onbekend')),
            link.description ? h('p', {}, link.description) : null);
    }

    function anchorCheck(check) {
        return h('div', {id: 'integriteit-ankercontrole'},
            h('h3', {}, 'Controle van het eerdere anker'),
            h('div', {class: `melding ${check.matches ? 'melding--succes' : 'melding--fout'}`},
                h('p', {}, h('strong', {}, (ANCHOR_OUTCOMES[check.outcome] || (() => check.outcome))(check))),
                check.chainHash && !check.matches ? h('p', {}, 'Hash in de keten nu: ', h('code', {}, check.chainHash)) : null,
                check.detail ? h('p', {}, check.detail) : null));
    }

    function anchorFile(file) {
        return h('div', {id: 'integriteit-ankerbestand-uitkomst'},
            h('h3', {}, 'Ankers uit het ankerbestand'),
            h('div', {class: `melding ${file.allMatch ? 'melding--succes' : 'melding--fout'}`},
                h('p', {}, h('strong', {}, file.anchorsChecked === 0 ? 'Het ankerbestand bevat nog geen ankers.' : file.allMatch
                    ? `Alle ${count(file.anchorsChecked)} ankers uit het bestand kloppen.`
                    : `${count(file.mismatches)} van de ${count(file.anchorsChecked)} ankers uit het bestand kloppen niet.`)),
                file.firstMismatch ? h('p', {}, `Eerste afwijkende anker: schakel ${file.firstMismatch.position}, `
                    + `vastgelegd op ${moment(file.firstMismatch.recordedAt)}.`) : null,
                file.lastMatchBeforeFirstMismatch ? h('p', {}, `Laatste kloppende anker daarvoor: schakel `
                    + `${file.lastMatchBeforeFirstMismatch.position}. De wijziging ligt daarna.`) : null,
                file.unreadableLines ? h('p', {}, `${count(file.unreadableLines)} regels van het bestand zijn onleesbaar: `
                    + 'bekijk het bestand, iemand heeft het bewerkt of een schrijfactie is afgebroken.') : null));
    }
}

function fact(label, value) {
    return h('div', {}, h('dt', {}, label), h('dd', {}, value));
}
