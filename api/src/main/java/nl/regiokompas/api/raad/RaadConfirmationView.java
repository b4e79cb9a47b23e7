package nl.regiokompas.api.raad;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A bestuurder's confirmation as the raad sees it. {@code status}: {@value #TER_KENNISGEVING} (within every kader,
 * or no kaders), {@value #VOORWAARDELIJK} (outside a kader, waiting for the raad's verdict), {@value #INGESTEMD} or
 * {@value #NIET_INGESTEMD} (the verdict). {@code informedOn} is the first day the raad was informed, and
 * {@code informingOverdue} says it was not within the configured term.
 */
public record RaadConfirmationView(String assessmentId, String title, String themeCode, int cycle, String gemeente,
                                   int revision, Instant confirmedAt, String confirmedBy, List<KaderAnswer> answers,
                                   String status, LocalDate verdictDate, String verdictReference, boolean current,
                                   LocalDate informedOn, boolean informingOverdue) {

    public static final String TER_KENNISGEVING = "TER_KENNISGEVING";
    public static final String VOORWAARDELIJK = "VOORWAARDELIJK";
    public static final String INGESTEMD = "INGESTEMD";
    public static final String NIET_INGESTEMD = "NIET_INGESTEMD";
}
