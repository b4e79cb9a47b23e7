/**
 * The gemeenteraden in this assessment (issue 12), beside the matrix and the proposal: per participating gemeente the
 * kaders of its raad that apply, its confirmation as the raad sees it and whether and when the raad was informed; the
 * zienswijze period on a revision with the zienswijzen given and their answers. The forms (open a period, record a
 * zienswijze, answer one, the raad's verdict, informing) show only when the server allows them (allowedActions of
 * GET /api/assessments/{id}/raad, RaadPolicy).
 */
import {api} from '../../api.js';
import {h, replaceChildren} from '../../dom.js';
import {blankToNull, field, form, input, select, textarea, values} from '../../forms.js';
import {date, INFORMING_KINDS, moment, RAAD_STATUS} from '../../terms.js';
import {dropUnless, section} from './section.js';

export function raadSection({me, terms, edit}) {
    const area = h('div', {id: 'raad-in-afweging'});
    const zienswijzeArea = h('div', {id: 'zienswijzen'});
    const done = h('p', {id: 'raad-status', role: 'status', tabindex: '-1'});
    const gemeenteName = code => terms.gemeente(code);
    let raad = null;
    let assessmentId = null;
    let loadedForVersion = null;

    const raadsbesluit = prefix => [
        h('div', {class: 'velden'},
            field({label: 'Datum raadsbesluit', control: input('date', {type: 'date', id: `${prefix}-datum`, required: true})}),
            field({label: 'Kenmerk raadsbesluit', control: input('reference', {id: `${prefix}-kenmerk`, required: true})})),
    ];
    const besluitOf = data => ({date: blankToNull(data.date), reference: data.reference});

    /** Sends a raad command, then shows the raad's view that includes it and moves focus to what happened. */
    async function record(formElement, path, body, text) {
        const result = await edit(formElement, path, body, text);
        if (result) {
            formElement.reset();
            await load(result.version);
            done.textContent = text;
            done.focus();
        }
    }

    const periodForm = form({
        id: 'zienswijzeperiode-formulier',
        title: 'Zienswijzeperiode openen',
        submitLabel: 'Zienswijzeperiode openen',
        fields: [
            h('p', {}, 'De raden kunnen tot en met de einddatum hun zienswijze op het actuele voorstel geven. Bevestigen '
                + 'kan pas daarna, of zodra elke raad zijn zienswijze gaf.'),
            field({label: 'Einddatum', hint: 'Een dag na vandaag.',
                control: input('endsOn', {type: 'date', id: 'zienswijze-einddatum', required: true})}),
        ],
        onSubmit: async formElement => {
            const endsOn = blankToNull(values(formElement).endsOn);
            await record(formElement, 'zienswijze-periods', {endsOn},
                `De zienswijzeperiode is geopend tot en met ${date(endsOn)}.`);
        },
    });

    const zienswijzeForm = form({
        id: 'zienswijze-formulier',
        title: 'Zienswijze van de raad vastleggen',
        submitLabel: 'Zienswijze vastleggen',
        fields: [
            field({label: 'Zienswijze', hint: 'De zienswijze zoals de raad die vaststelde.',
                control: textarea('text', {id: 'zienswijze-tekst', rows: 3, required: true})}),
            ...raadsbesluit('zienswijze'),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await record(formElement, 'zienswijzen', {gemeente: me.gemeente, text: data.text, raadsbesluit: besluitOf(data)},
                `De zienswijze van de raad van ${gemeenteName(me.gemeente)} is vastgelegd.`);
        },
    });

    const answerChoice = select('zienswijze', [], {id: 'antwoord-zienswijze'});
    const answerForm = form({
        id: 'zienswijze-antwoord-formulier',
        title: 'Zienswijze beantwoorden',
        submitLabel: 'Antwoord vastleggen',
        fields: [
            field({label: 'Zienswijze', control: answerChoice}),
            field({label: 'Antwoord', hint: 'Hoe de nieuwe revisie op de zienswijze ingaat.',
                control: textarea('text', {id: 'antwoord-tekst', rows: 3, required: true})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            const [gemeente, revision] = (data.zienswijze || ':').split(':');
            await record(formElement, 'zienswijze-answers', {gemeente: blankToNull(gemeente),
                revision: revision ? Number(revision) : null, text: data.text},
                `De zienswijze van de raad van ${gemeenteName(gemeente)} is beantwoord.`);
        },
    });

    const verdictForm = form({
        id: 'raadsoordeel-formulier',
        title: 'Oordeel van de raad vastleggen',
        submitLabel: 'Oordeel vastleggen',
        fields: [
            h('p', {id: 'raadsoordeel-uitleg'}),
            h('fieldset', {class: 'veld', 'data-veld': 'agreed'},
                h('legend', {}, 'Oordeel van de raad'),
                choice('oordeel-ja', 'agreed', 'true', 'De raad stemt in', true),
                choice('oordeel-nee', 'agreed', 'false', 'De raad stemt niet in', false)),
            ...raadsbesluit('oordeel'),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            const revision = raad.allowedActions.mayRecordVerdictOn;
            const agreed = formElement.querySelector('input[name="agreed"]:checked').value === 'true';
            await record(formElement, 'raad-verdicts', {gemeente: me.gemeente, revision, agreed, raadsbesluit: besluitOf(data)},
                agreed ? `De raad van ${gemeenteName(me.gemeente)} stemt in: de bevestiging telt.`
                    : `De raad van ${gemeenteName(me.gemeente)} stemt niet in: de bevestiging vervalt.`);
        },
    });

    const informedForm = form({
        id: 'raad-geinformeerd-formulier',
        title: 'Vastleggen dat de raad is geïnformeerd',
        submitLabel: 'Informeren vastleggen',
        fields: [
            h('div', {class: 'velden'},
                field({label: 'Vorm', control: select('kind', Object.entries(INFORMING_KINDS)
                    .map(([value, label]) => ({value, label: label[0].toUpperCase() + label.slice(1)})), {id: 'informeren-vorm'})}),
                field({label: 'Datum', control: input('date', {type: 'date', id: 'informeren-datum', required: true})})),
            field({label: 'Kenmerk', control: input('reference', {id: 'informeren-kenmerk', required: true})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await record(formElement, 'raad-informing', {gemeente: me.gemeente, kind: data.kind, date: blankToNull(data.date),
                reference: data.reference},
                `Vastgelegd: de raad van ${gemeenteName(me.gemeente)} is geïnformeerd met een ${INFORMING_KINDS[data.kind]}.`);
        },
    });

    function choice(id, name, value, label, isChecked) {
        return h('div', {class: 'keuze'},
            h('input', {type: 'radio', id, name, value, checked: isChecked ? 'checked' : null}),
            h('label', {for: id}, label));
    }

    /** Reads the raad's view; {@code minVersion} after an own raad command. An older answer never replaces a newer. */
    async function load(minVersion) {
        const suffix = minVersion ? `?minVersion=${minVersion}` : '';
        const next = await api.get(`/api/assessments/${encodeURIComponent(assessmentId)}/raad${suffix}`);
        if (!raad || next.version >= raad.version) {
            raad = next;
            render();
        }
    }

    /**
     * The raad's view follows the document by its own projection, which knows only the raad's events: when it is
     * behind the document, it may lack the change just shown (a confirmation), so ask again a few times, briefly.
     */
    async function catchUp(version) {
        for (const pause of [0, 300, 1000, 2000]) {
            if (pause) {
                await new Promise(resolve => setTimeout(resolve, pause));
            }
            if (version !== loadedForVersion) {
                return;
            }
            await load();
            if (raad.version >= version) {
                return;
            }
        }
    }

    function informing(gemeente) {
        const confirmation = gemeente.confirmation;
        const parts = gemeente.informed.map(item => `${INFORMING_KINDS[item.kind]} ${item.reference} op ${date(item.date)}`);
        const late = confirmation && confirmation.informingOverdue
            ? h('strong', {class: 'te-laat'}, ` Niet binnen ${raad.informingTermDays} dagen na de bevestiging geïnformeerd.`) : null;
        if (parts.length) {
            return [`Geïnformeerd: ${parts.join('; ')}.`, late];
        }
        return confirmation ? ['Nog niet geïnformeerd.', late] : h('span', {class: 'leeg'}, 'Nog niet bevestigd.');
    }

    function renderGemeenten() {
        // scrolls on its own on a narrow screen, so the page never gets wider than the phone
        return h('div', {class: 'tabelhouder', tabindex: '0', role: 'region', 'aria-labelledby': 'raad-per-gemeente-bijschrift'}, h('table', {id: 'raad-per-gemeente'},
            h('caption', {id: 'raad-per-gemeente-bijschrift'}, 'Kaders en bevestiging per gemeenteraad'),
            h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Gemeente'), h('th', {scope: 'col'}, 'Kaders van de raad'),
                h('th', {scope: 'col'}, 'Bevestiging voor de raad'), h('th', {scope: 'col'}, 'Raad geïnformeerd'))),
            h('tbody', {}, raad.gemeenten.map(gemeente => h('tr', {id: `raad-${gemeente.gemeente}`},
                h('th', {scope: 'row'}, gemeenteName(gemeente.gemeente)),
                h('td', {}, gemeente.kaders.length ? h('ul', {class: 'kaders'}, gemeente.kaders.map(kader => h('li', {},
                    kader.text, h('span', {class: 'wie'}, ` (raadsbesluit ${kader.raadsbesluit.reference} van ${date(kader.raadsbesluit.date)})`))))
                    : h('span', {class: 'leeg'}, 'Geen kaders voor dit thema.')),
                h('td', {}, gemeente.confirmation ? [`Revisie ${gemeente.confirmation.revision}: ${RAAD_STATUS[gemeente.confirmation.status]}`,
                    gemeente.confirmation.verdictReference ? ` (raadsbesluit ${gemeente.confirmation.verdictReference} van ${date(gemeente.confirmation.verdictDate)})` : '']
                    : h('span', {class: 'leeg'}, 'Nog niet bevestigd.')),
                h('td', {}, informing(gemeente)))))));
    }

    function renderZienswijzen() {
        if (!raad.zienswijzePeriods.length) {
            return h('p', {class: 'leeg'}, 'Er is in deze cyclus geen zienswijze van de raden gevraagd.');
        }
        return raad.zienswijzePeriods.map(period => {
            const given = new Set(period.zienswijzen.map(z => z.gemeente));
            const silent = raad.gemeenten.map(g => g.gemeente).filter(g => !given.has(g));
            return h('div', {class: 'zienswijzeperiode', id: `zienswijzeperiode-${period.revision}`},
                h('p', {}, h('strong', {}, `Revisie ${period.revision} `), period.open
                    ? `ligt tot en met ${date(period.endsOn)} voor zienswijze bij de raden.`
                    : `lag tot en met ${date(period.endsOn)} voor zienswijze bij de raden.`,
                    period.open && silent.length ? ` Nog geen zienswijze van: ${silent.map(gemeenteName).join(', ')}. `
                        + 'Bevestigen kan na de einddatum of zodra elke raad zijn zienswijze gaf.' : ''),
                period.zienswijzen.length ? h('ul', {class: 'lijst'}, period.zienswijzen.map(z => h('li', {},
                    h('p', {}, h('strong', {}, `Zienswijze van de raad van ${gemeenteName(z.gemeente)}: `), z.text),
                    h('p', {class: 'wie'}, `Raadsbesluit ${z.raadsbesluit.reference} van ${date(z.raadsbesluit.date)}, vastgelegd op ${moment(z.recordedAt)}`),
                    z.answer ? h('p', {}, h('strong', {}, `Antwoord in revisie ${z.answeredInRevision}: `), z.answer)
                        : h('p', {class: 'leeg'}, 'Nog niet beantwoord.'))))
                    : h('p', {class: 'leeg'}, 'Nog geen zienswijzen gegeven.'));
        });
    }

    function render() {
        replaceChildren(area, renderGemeenten());
        replaceChildren(zienswijzeArea, h('h3', {}, 'Zienswijzen van de raden'), renderZienswijzen());
        const allowed = raad.allowedActions;
        periodForm.hidden = !allowed.mayOpenZienswijzePeriod;
        zienswijzeForm.hidden = !allowed.mayRecordZienswijze;
        verdictForm.hidden = allowed.mayRecordVerdictOn === null;
        const explanation = verdictForm.querySelector('#raadsoordeel-uitleg');
        explanation.textContent = allowed.mayRecordVerdictOn === null ? ''
            : `De bestuurder bevestigde revisie ${allowed.mayRecordVerdictOn} buiten een kader van de raad; de bevestiging `
            + 'telt pas als de raad instemt.';
        informedForm.hidden = !allowed.mayRecordInformed;
        const keys = allowed.mayAnswer.map(item => `${item.gemeente}:${item.revision}`);
        if (keys.join() !== [...answerChoice.options].map(option => option.value).join()) {
            const chosen = answerChoice.value;
            replaceChildren(answerChoice, allowed.mayAnswer.map(item => h('option', {value: `${item.gemeente}:${item.revision}`},
                `Raad van ${gemeenteName(item.gemeente)} op revisie ${item.revision}`)));
            if (keys.includes(chosen)) {
                answerChoice.value = chosen;
            }
        }
        answerForm.hidden = !keys.length;
    }

    const forms = [periodForm, zienswijzeForm, answerForm, verdictForm, informedForm];
    for (const each of forms) {
        each.hidden = true;
    }

    return {
        element: section('raad', 'De gemeenteraden', h('h2', {}, 'De gemeenteraden'),
            h('p', {}, 'Wat de raden meegaven en hoe zij betrokken zijn: de kaders die voor dit thema gelden, hoe elke '
                + 'bevestiging zich tot die kaders verhoudt, de zienswijzen en of de raad is geïnformeerd.'),
            area, zienswijzeArea, done, ...forms),
        show(doc) {
            assessmentId = doc.assessmentId;
            if (doc.version !== loadedForVersion) {
                loadedForVersion = doc.version;
                catchUp(doc.version).catch(console.warn);
            }
        },
        drop(roleMay) {
            dropUnless(roleMay, 'OPEN_ZIENSWIJZE_PERIOD', periodForm);
            dropUnless(roleMay, 'RECORD_ZIENSWIJZE', zienswijzeForm);
            dropUnless(roleMay, 'ANSWER_ZIENSWIJZE', answerForm);
            dropUnless(roleMay, 'RECORD_RAAD_VERDICT', verdictForm);
            dropUnless(roleMay, 'RECORD_RAAD_INFORMED', informedForm);
        },
    };
}
