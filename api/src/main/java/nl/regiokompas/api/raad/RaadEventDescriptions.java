package nl.regiokompas.api.raad;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import nl.regiokompas.api.framework.TermNames.Term;
import nl.regiokompas.api.framework.TermNames;

/**
 * Readable Dutch for the gemeenteraad's events, with names, for the history, live messages and 409s. Used by
 * {@code AssessmentEventDescriptions}; answers null for any other event.
 */
public final class RaadEventDescriptions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final int QUOTE_LENGTH = 80;

    private RaadEventDescriptions() {
    }

    public static String describe(Object payload, TermNames names) {
        TermNames n = names == null ? TermNames.NONE : names;
        if (payload instanceof KaderSet e) {
            return "Raad van " + n.name(Term.GEMEENTE, e.gemeente()) + " stelde een kader voor thema "
                    + n.name(Term.THEME, e.themeCode()) + besluit(e.raadsbesluit()) + ": " + quote(e.text());
        }
        if (payload instanceof KaderAmended e) {
            return "Raad van " + n.name(Term.GEMEENTE, e.gemeente()) + " wijzigde een kader voor thema "
                    + n.name(Term.THEME, e.themeCode()) + besluit(e.raadsbesluit()) + ": " + quote(e.text());
        }
        if (payload instanceof KaderWithdrawn e) {
            return "Raad van " + n.name(Term.GEMEENTE, e.gemeente()) + " trok een kader voor thema "
                    + n.name(Term.THEME, e.themeCode()) + " in" + besluit(e.raadsbesluit());
        }
        if (payload instanceof KadersAnswered e) {
            long outside = e.answers().stream().filter(answer -> !Boolean.TRUE.equals(answer.within())).count();
            return outside == 0
                    ? "Bevestiging van " + n.name(Term.GEMEENTE, e.gemeente()) + " blijft binnen alle "
                    + e.answers().size() + " kaders van de raad; de raad wordt ter kennisgeving geïnformeerd"
                    : "Bevestiging van " + n.name(Term.GEMEENTE, e.gemeente()) + " gaat buiten " + outside + " van de "
                    + e.answers().size() + " kaders van de raad; voorwaardelijk tot het oordeel van de raad";
        }
        if (payload instanceof RaadVerdictRecorded e) {
            return "Raad van " + n.name(Term.GEMEENTE, e.gemeente()) + (e.agreed() ? " stemde in met" : " stemde niet in met")
                    + " de bevestiging van revisie " + e.revision() + besluit(e.raadsbesluit());
        }
        if (payload instanceof ZienswijzePeriodOpened e) {
            return "Zienswijzeperiode voor de gemeenteraden op revisie " + e.revision() + " geopend tot en met "
                    + day(e.endsOn());
        }
        if (payload instanceof ZienswijzeRecorded e) {
            return "Raad van " + n.name(Term.GEMEENTE, e.gemeente()) + " gaf zijn zienswijze op revisie " + e.revision()
                    + ": " + quote(e.text());
        }
        if (payload instanceof ZienswijzeAnswered e) {
            return "Zienswijze van de raad van " + n.name(Term.GEMEENTE, e.gemeente()) + " op revisie " + e.revision()
                    + " beantwoord in revisie " + e.answeredInRevision() + ": " + quote(e.text());
        }
        if (payload instanceof RaadInformed e) {
            return "Raad van " + n.name(Term.GEMEENTE, e.gemeente()) + " geïnformeerd met "
                    + (e.kind() == null ? "" : e.kind().word()) + " " + e.reference() + " op " + day(e.date());
        }
        return null;
    }

    private static String besluit(Raadsbesluit besluit) {
        return besluit == null ? "" : " (raadsbesluit " + besluit.reference() + " van " + day(besluit.date()) + ")";
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTE_LENGTH ? oneLine : oneLine.substring(0, QUOTE_LENGTH - 1) + "…";
    }
}
