/**
 * The raden on the weighing page (issue 12's mechanisms on a form weighing): the zienswijze period on the proposed
 * revision, each raad's zienswijze as its griffier recorded it, and after the choice how each raad was informed.
 */
import {api} from '../api.js';
import {h} from '../dom.js';
import {field, form, input, select, textarea, values} from '../forms.js';
import {date, moment} from '../terms.js';

const KINDS = {RAADSINFORMATIEBRIEF: 'raadsinformatiebrief', RAADSVOORSTEL: 'raadsvoorstel'};

export function radenInspraak(doc, me, may, changed, nameIn) {
    const path = suffix => `/api/weighings/${encodeURIComponent(doc.weighingId)}${suffix}`;
    const period = doc.zienswijzePeriod;
    const own = nameIn(doc.gemeenten, me.gemeente);
    return h('section', {class: 'sectie', 'aria-labelledby': 'vorm-inspraak'},
        h('h2', {id: 'vorm-inspraak'}, 'Zienswijze en informeren van de raden'),
        h('p', {id: 'zienswijzeperiode'}, period
            ? `Revisie ${period.revision} ligt tot en met ${date(period.endsOn)} voor zienswijze bij de gemeenteraden; `
                + 'de bestuurders bevestigen daarna, of zodra elke raad zijn zienswijze gaf.'
            : 'Er is geen zienswijzeperiode geopend.'),
        doc.zienswijzen.length ? h('ul', {class: 'lijst', id: 'zienswijzen'}, doc.zienswijzen.map(z => h('li', {},
            h('strong', {}, `Raad van ${nameIn(doc.gemeenten, z.gemeente)} (revisie ${z.revision}): `), z.text,
            ` – raadsbesluit ${z.raadsbesluit.reference} van ${date(z.raadsbesluit.date)}`,
            h('span', {class: 'wie'}, ` (${z.byName || 'onbekend'}, ${moment(z.at)})`))))
            : h('p', {class: 'leeg'}, 'Nog geen zienswijze van een raad.'),
        doc.informings.length ? h('ul', {class: 'lijst', id: 'raden-geinformeerd'}, doc.informings.map(i => h('li', {},
            `De raad van ${nameIn(doc.gemeenten, i.gemeente)} is geïnformeerd met ${KINDS[i.kind] || i.kind} ${i.reference} `
            + `van ${date(i.date)} (${i.byName || 'onbekend'}).`)))
            : (doc.chosen ? h('p', {class: 'leeg'}, 'Nog geen raad geïnformeerd over de gekozen vorm.') : null),
        may.mayOpenZienswijzePeriod ? form({
            id: 'zienswijzeperiode-formulier', title: `Zienswijze van de raden vragen op revisie ${doc.proposal.revision}`,
            submitLabel: 'Zienswijzeperiode openen',
            fields: [
                h('p', {}, 'Zolang de periode loopt, bevestigen de bestuurders nog niet (tenzij elke raad zijn zienswijze gaf).'),
                field({label: 'Zienswijze tot en met', control: input('endsOn', {type: 'date', id: 'zienswijze-tot'})}),
            ],
            onSubmit: async element => {
                const outcome = await api.post(path('/zienswijze-periods'), {endsOn: values(element).endsOn || null});
                await changed(outcome, 'De zienswijzeperiode is geopend.');
            },
        }) : null,
        may.mayRecordZienswijze ? form({
            id: 'zienswijze-formulier', title: `Zienswijze van de raad van ${own} vastleggen`, submitLabel: 'Zienswijze vastleggen',
            fields: [
                field({label: 'Zienswijze', control: textarea('text', {id: 'zienswijze-tekst', rows: 3})}),
                field({label: 'Datum van het raadsbesluit', control: input('besluitDate', {type: 'date', id: 'zienswijze-besluit-datum'})}),
                field({label: 'Kenmerk van het raadsbesluit', control: input('besluitReference', {id: 'zienswijze-besluit-kenmerk'})}),
            ],
            onSubmit: async element => {
                const data = values(element);
                const outcome = await api.post(path('/zienswijzen'), {gemeente: me.gemeente, text: data.text,
                    raadsbesluit: {date: data.besluitDate || null, reference: data.besluitReference}});
                await changed(outcome, `De zienswijze van de raad van ${own} is vastgelegd.`);
            },
        }) : null,
        may.mayRecordRaadInformed ? form({
            id: 'raad-geinformeerd-formulier', title: `Informeren van de raad van ${own} vastleggen`, submitLabel: 'Vastleggen',
            fields: [
                field({label: 'Hoe', control: select('kind', Object.entries(KINDS).map(([value, label]) => ({value, label})), {id: 'geinformeerd-soort'})}),
                field({label: 'Datum', control: input('date', {type: 'date', id: 'geinformeerd-datum'})}),
                field({label: 'Kenmerk', control: input('reference', {id: 'geinformeerd-kenmerk'})}),
            ],
            onSubmit: async element => {
                const data = values(element);
                const outcome = await api.post(path('/raad-informing'), {gemeente: me.gemeente, kind: data.kind,
                    date: data.date || null, reference: data.reference});
                await changed(outcome, `Vastgelegd dat de raad van ${own} is geïnformeerd.`);
            },
        }) : null);
}
