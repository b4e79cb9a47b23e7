/** The bestuurder's form to withdraw the own confirmation, with a reason, before everyone confirmed. */
import {field, form, textarea, values} from '../../forms.js';

export function withdrawal({me, terms, edit, revisionLabel, shown}) {
    const reason = textarea('reason', {id: 'intrekken-reden', rows: 2});
    const element = form({
        id: 'intrekken-formulier',
        title: 'Bevestiging intrekken',
        submitLabel: 'Bevestiging intrekken',
        className: 'formulier',
        fields: [field({label: 'Reden', hint: 'Iedereen ziet deze reden in de geschiedenis.', control: reason})],
        onSubmit: async formElement => {
            const doc = shown();
            await edit(formElement, `confirmations/${encodeURIComponent(me.gemeente)}/withdrawal`,
                {reason: values(formElement).reason},
                `U hebt de bevestiging van ${revisionLabel(doc, doc.proposal.revision)} namens `
                + `${terms.gemeente(me.gemeente)} ingetrokken.`);
        },
    });
    return {
        element,
        show(allowed) {
            element.hidden = !allowed.mayWithdrawConfirmation;
        },
    };
}
