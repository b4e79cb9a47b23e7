package nl.regiokompas.query.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The raad's facts of a period (issue 12), as read from the evaluation-report projection: kaders set in it,
 * zienswijze periods opened in it with their zienswijzen up to its end, zienswijzen recorded in it, and
 * confirmations given in it with the raad's verdict and the first informing recorded up to its end.
 */
record RaadFacts(boolean available, Duration informingTerm, List<Kader> kaders, List<ZienswijzePeriod> periods,
                 List<Zienswijze> zienswijzen, List<Confirmation> confirmations, Listing listing) {

    /** Every confirmation in full: nothing to read afterwards. */
    RaadFacts(boolean available, Duration informingTerm, List<Kader> kaders, List<ZienswijzePeriod> periods,
              List<Zienswijze> zienswijzen, List<Confirmation> confirmations) {
        this(available, informingTerm, kaders, periods, zienswijzen, confirmations, null);
    }

    /**
     * With a listing, the {@code confirmations} carry only what the figures use (no key, names or informing kind,
     * in no particular order), and the answer lists at most {@code limit} raad items: those confirmations are read
     * in full, in time order, by {@code from} (every confirmation of the period confirmed at or after a moment).
     */
    record Listing(int limit, Function<Instant, List<Confirmation>> from) {
    }

    static final RaadFacts NONE = new RaadFacts(false, Duration.ofDays(42), List.of(), List.of(), List.of(),
            List.of());

    record Kader(String kaderId, String gemeente, String themeCode, String text, Instant setAt, String byName) {
    }

    record ZienswijzePeriod(String assessmentId, int cycle, int revision, String themeCode, List<String> gemeenten,
                            Instant openedAt, LocalDate endsOn) {
    }

    record Zienswijze(String assessmentId, int cycle, int revision, String gemeente, String themeCode, String text,
                      Instant recordedAt, String byName) {
    }

    /** {@code verdict}: INGESTEMD or NIET_INGESTEMD once recorded; {@code informedOn}: the first informing. */
    record Confirmation(String assessmentId, int cycle, String gemeente, int revision, String themeCode,
                        Instant confirmedAt, String byName, boolean conditional, String verdict, Instant verdictAt,
                        Instant voidedAt, LocalDate informedOn, String informingKind, String informedByName) {
    }
}
