package nl.regiokompas.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.regiokompas.api.assessment.FormalBody;

/**
 * What a cycle's formal decisions give its lead times: the decision that completed the expected set (its date and
 * when it was recorded; both null while one is missing) and, for every decision of a gemeente, the whole calendar
 * days from the opening to its date ({@link #days}, null without a date). The projection keeps it with the cycle
 * ({@link CycleCompletions}) so that the report need not read every formal decision; {@link LeadTimeSection}
 * computes it from the decisions read for a cycle that has none stored. One definition for both.
 */
record CycleCompletion(LocalDate completedOn, Instant completedAt, List<GemeenteDays> days) {

    /** A cycle's formal decisions in the order they were recorded (then gemeente, body). */
    static final Comparator<ReportFacts.FormalDecision> RECORDED = Comparator
            .comparing(ReportFacts.FormalDecision::recordedAt).thenComparing(ReportFacts.FormalDecision::gemeente)
            .thenComparing(ReportFacts.FormalDecision::body);

    private static final Comparator<ReportFacts.FormalDecision> LATEST = Comparator
            .comparing(ReportFacts.FormalDecision::decidedOn).thenComparing(ReportFacts.FormalDecision::recordedAt);

    /** One formal decision of a gemeente: the days from the cycle's opening to its date (null without a date). */
    record GemeenteDays(String gemeente, Double days) {
    }

    /** {@code formal}: the decisions of the cycle's bevestiging, in {@link #RECORDED} order. */
    static CycleCompletion of(List<String> gemeenten, Instant openedAt, List<ReportFacts.FormalDecision> formal) {
        List<GemeenteDays> days = new ArrayList<>(formal.size());
        for (ReportFacts.FormalDecision decision : formal) {
            if (!decision.gemeente().isEmpty()) {
                days.add(new GemeenteDays(decision.gemeente(), ReportContext.days(openedAt, decision.decidedOn())));
            }
        }
        ReportFacts.FormalDecision completing = completing(gemeenten, formal);
        return new CycleCompletion(completing == null ? null : completing.decidedOn(),
                completing == null ? null : completing.recordedAt(), List.copyOf(days));
    }

    /**
     * The formal decision that completed the expected set (every gemeente's college and the Bestuurstafel):
     * the one with the latest date among the first of each expected kind; null while one is missing.
     */
    private static ReportFacts.FormalDecision completing(List<String> gemeenten,
                                                         List<ReportFacts.FormalDecision> formal) {
        ReportFacts.FormalDecision latest = null;
        for (String gemeente : gemeenten) {
            ReportFacts.FormalDecision college = first(formal, FormalBody.COLLEGE.name(), gemeente);
            if (college == null) {
                return null;
            }
            latest = later(latest, college);
        }
        ReportFacts.FormalDecision bestuurstafel = first(formal, FormalBody.BESTUURSTAFEL.name(), null);
        return bestuurstafel == null ? null : later(latest, bestuurstafel);
    }

    /** The later by date, then recorded moment, of two expected decisions (the earlier one on a tie); dated only. */
    private static ReportFacts.FormalDecision later(ReportFacts.FormalDecision latest,
                                                    ReportFacts.FormalDecision candidate) {
        if (candidate.decidedOn() == null) {
            return latest;
        }
        return latest == null || LATEST.compare(candidate, latest) > 0 ? candidate : latest;
    }

    /** The first of {@code formal} by {@code body}, of {@code gemeente} unless that is null. */
    private static ReportFacts.FormalDecision first(List<ReportFacts.FormalDecision> formal, String body,
                                                    String gemeente) {
        for (ReportFacts.FormalDecision decision : formal) {
            if (body.equals(decision.body()) && (gemeente == null || gemeente.equals(decision.gemeente()))) {
                return decision;
            }
        }
        return null;
    }

    /** {@link #days} as stored in {@code report_cycle.formal_days}: {@code BUN=12;HOU=;} (empty: no date). */
    String daysText() {
        StringBuilder text = new StringBuilder(days.size() * 12);
        for (GemeenteDays day : days) {
            text.append(day.gemeente()).append('=');
            if (day.days() != null) {
                text.append(day.days().longValue());
            }
            text.append(';');
        }
        return text.toString();
    }

    static List<GemeenteDays> days(String text) {
        List<GemeenteDays> days = new ArrayList<>(6);
        int start = 0;
        while (start < text.length()) {
            int equals = text.indexOf('=', start);
            int end = text.indexOf(';', equals);
            days.add(new GemeenteDays(text.substring(start, equals),
                    end == equals + 1 ? null : (double) Long.parseLong(text, equals + 1, end, 10)));
            start = end + 1;
        }
        return days;
    }
}
