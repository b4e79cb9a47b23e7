/** The key facts of an assessment under its heading: theme, status, cycle, version, framework, participants. */
import {h} from '../../dom.js';
import {STATUS} from '../../terms.js';

export function facts(doc, terms) {
    return [
        fact('Thema', terms.theme(doc.themeCode)),
        fact('Status', h('span', {class: `label-status label-status--${doc.status}`, id: 'status'}, STATUS[doc.status] || doc.status)),
        fact('Cyclus', String(doc.cycle)),
        fact('Versie', h('span', {id: 'versie'}, String(doc.version))),
        fact('Afwegingskader', `versie ${doc.frameworkVersion}`),
        fact('Deelnemers', doc.gemeenten.map(code => terms.gemeente(code)).join(', '), 'kenmerk--breed'),
    ];
}

function fact(label, value, className) {
    return h('div', {class: className}, h('dt', {}, label), h('dd', {}, value));
}
