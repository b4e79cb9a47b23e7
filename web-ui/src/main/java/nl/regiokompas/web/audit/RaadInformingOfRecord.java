package nl.regiokompas.web.audit;

import java.util.List;

import nl.regiokompas.api.raad.RaadConfirmationView;

/** The confirmations of an assessment that stand, with their informing, and the term within which a raad is informed. */
record RaadInformingOfRecord(List<RaadConfirmationView> confirmations, long termDays) {
}
