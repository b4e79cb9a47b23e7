/** Responsibilities per layer, and the form to assign one. */
import {h, replaceChildren} from '../../dom.js';
import {field, form, input, select, values} from '../../forms.js';
import {LEVELS, RESPONSIBILITY_KINDS} from '../../terms.js';
import {dropUnless, section} from './section.js';

export function responsibilities({terms, edit}) {
    const area = h('div', {id: 'verantwoordelijkheden'});
    const responsibilityForm = form({
        id: 'verantwoordelijkheid-formulier',
        title: 'Verantwoordelijkheid vastleggen',
        submitLabel: 'Verantwoordelijkheid vastleggen',
        fields: [
            h('div', {class: 'velden'},
                field({label: 'Laag', control: select('layer', terms.layers.map(l => ({value: l.code, label: l.name})), {id: 'vw-laag'})}),
                field({label: 'Soort', control: select('kind', terms.responsibilityKinds.map(k => ({value: k, label: RESPONSIBILITY_KINDS[k] || k})), {id: 'vw-soort'})}),
                field({label: 'Niveau', control: select('level', terms.responsibilityLevels.map(l => ({value: l.code, label: `${LEVELS[l.code] || l.code} (${l.example})`})), {id: 'vw-niveau'})})),
            field({label: 'Belegd bij', hint: 'Bijvoorbeeld "Bestuurstafel" of "Regionaal kernteam".', control: input('holder', {id: 'vw-houder'})}),
        ],
        onSubmit: async formElement => {
            const data = values(formElement);
            await edit(formElement, 'responsibilities', {layer: data.layer, kind: data.kind, level: data.level, holder: data.holder},
                'De verantwoordelijkheid is vastgelegd.');
        },
    });

    function render(doc) {
        return [h('h2', {}, 'Verantwoordelijkheden'),
            // a complete package holds nine rows of four columns: on a phone the table scrolls in its own region
            doc.responsibilities.length ? h('div', {class: 'tabelhouder', tabindex: '0', role: 'region',
                'aria-labelledby': 'verantwoordelijkheden-bijschrift'}, h('table', {},
                h('caption', {class: 'visueel-verborgen', id: 'verantwoordelijkheden-bijschrift'}, 'Verantwoordelijkheden per laag'),
                h('thead', {}, h('tr', {}, ['Laag', 'Soort', 'Niveau', 'Belegd bij'].map(t => h('th', {scope: 'col'}, t)))),
                h('tbody', {}, doc.responsibilities.map(r => h('tr', {},
                    h('td', {}, terms.layer(r.layer)), h('td', {}, RESPONSIBILITY_KINDS[r.kind] || r.kind),
                    h('td', {}, LEVELS[r.level] || r.level), h('td', {}, r.holder))))))
                : h('p', {class: 'leeg'}, 'Nog geen verantwoordelijkheden vastgelegd.')];
    }

    return {
        element: section('verantwoordelijkheden', 'Verantwoordelijkheden', area, responsibilityForm),
        show(doc, previous, allowed) {
            replaceChildren(area, render(doc));
            responsibilityForm.hidden = !allowed.mayAssignResponsibilities;
        },
        drop(roleMay) {
            dropUnless(roleMay, 'ASSIGN_RESPONSIBILITY', responsibilityForm);
        },
    };
}
