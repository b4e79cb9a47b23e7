package nl.regiokompas.command.raad;

import java.time.LocalDate;

import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.raad.InformingKind;

import static nl.regiokompas.command.common.Rules.requireGiven;
import static nl.regiokompas.command.common.Rules.requireText;

/** Informing a raad names how (raadsinformatiebrief or raadsvoorstel), when, and the reference of the document. */
public final class InformingRules {

    private InformingRules() {
    }

    /** The reference as recorded, once kind, date and reference are given. */
    public static String requireReference(InformingKind kind, LocalDate date, String reference) {
        requireGiven("kind", "de vorm (raadsinformatiebrief of raadsvoorstel)", kind);
        requireGiven("date", "de datum waarop de raad is geïnformeerd", date);
        return requireText("reference", "het kenmerk", reference, Limits.SHORT_TEXT);
    }
}
