package nl.regiokompas.api.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The evaluation report of a period, answering the region's own questions from the record. Every item carries its
 * codes and the names people read (themes, gemeenten, layers, scales, forms, people). Days are fractional days
 * (86 400 s) between event timestamps, rounded to one decimal. Each figure is defined in docs/evaluation.md.
 * Sections whose facts are not recorded yet carry {@code available: false} and zeros/empty lists.
 */
public record EvaluationReport(Period period, LeadTimes leadTimes, Interventions interventions, Mandates mandates,
                               Raad raad, Scales scales, Route route, Reflections reflections, Detail detail) {

    /** The whole report: every list complete. */
    public EvaluationReport(Period period, LeadTimes leadTimes, Interventions interventions, Mandates mandates,
                            Raad raad, Scales scales, Route route, Reflections reflections) {
        this(period, leadTimes, interventions, mandates, raad, scales, route, reflections, Detail.COMPLETE);
    }

    /**
     * Whether the lists of items are complete. The figures always are; the default JSON answer keeps only the
     * {@code limit} most recent items of each list ({@code ?detail=all} gives all). {@code lists} says, per list
     * that was cut, how many items it has ({@code total}) and how many are shown.
     */
    public record Detail(boolean complete, Integer limit, List<ListSize> lists) {

        public static final Detail COMPLETE = new Detail(true, null, List.of());
    }

    /**
     * One list cut to its most recent items: {@code list} is its path in the report, with the index of each
     * enclosing list item, for instance {@code interventions.items} or {@code leadTimes.perTheme[2].cycles}.
     */
    public record ListSize(String list, int total, int shown) {
    }

    /** {@code from} inclusive, {@code to} exclusive; null is unbounded. {@code label} is the Dutch reading. */
    public record Period(Instant from, Instant to, String label) {
    }

    /** A count of something named: a gemeente, kind, layer, outcome, phase, level, form, reason. */
    public record Count(String code, String name, int count) {
    }

    /** Counts in one quarter or year ({@code key} "2027-Q3" or "2027"; {@code label} "3e kwartaal 2027"). */
    public record Bucket(String key, String label, Instant start, Instant end, int total, List<Count> counts) {
    }

    /**
     * Whether a series goes down: {@code direction} DALEND, STIJGEND, GELIJK or ONBEKEND (fewer than two buckets);
     * {@code slopePerBucket} the least-squares slope; {@code sentence} the trend in Dutch.
     */
    public record Trend(String direction, Double slopePerBucket, int first, int last, String sentence) {
    }

    /** Averages are over the items that have the value; null when none has it. */
    public record Average(int count, Double averageDays, Double minDays, Double maxDays) {
    }

    // ---- lead times ----------------------------------------------------------------------------------------------

    public record LeadTimes(Average toFirstProposal, Average toBevestiging, Average toFormalDecisions,
                            double averageRevisions, Waiting waiting, List<ThemeLeadTimes> perTheme,
                            List<GemeenteLeadTimes> perGemeente) {
    }

    /**
     * Waiting time per cause: on interventions, on zienswijze periods (opened to the last raad's zienswijze or the
     * end date) and on the raad's verdict on voorwaardelijk confirmations.
     */
    public record Waiting(WaitingOn interventions, WaitingOn zienswijzen, WaitingOn raad) {
    }

    /** {@code count} items with their total and average days; open items count up to the period's end. */
    public record WaitingOn(boolean available, int count, double totalDays, Double averageDays) {
    }

    public record ThemeLeadTimes(String themeCode, String themeName, Average toFirstProposal, Average toBevestiging,
                                 Average toFormalDecisions, double averageRevisions, double daysWaitingOnInterventions,
                                 List<CycleLeadTime> cycles) {
    }

    /**
     * One assessment cycle opened or decided in the period. {@code revisions}: proposal revisions made in the cycle.
     * {@code formalDecisionsComplete}: every expected formal decision (college per gemeente, Bestuurstafel) is in.
     */
    public record CycleLeadTime(String assessmentId, String title, int cycle, Instant openedAt, String openedByName,
                                Instant firstProposedAt, Instant bevestigdAt, Instant formalDecisionsCompleteAt,
                                Double daysToFirstProposal, Double daysToBevestiging, Double daysToFormalDecisions,
                                int revisions, int interventions, double daysWaitingOnInterventions,
                                List<FormalDecisionLeadTime> formalDecisions) {
    }

    /** {@code date} is the decision's own date; {@code daysFromOpening} counts to that date (Europe/Amsterdam). */
    public record FormalDecisionLeadTime(String gemeente, String gemeenteName, String body, String bodyName,
                                         LocalDate date, Instant recordedAt, String recordedByName,
                                         Double daysFromOpening, Double daysFromBevestiging) {
    }

    public record GemeenteLeadTimes(String gemeente, String gemeenteName, Average toFormalDecision,
                                    int interventions, double daysWaitingOnInterventions) {
    }

    // ---- interventions -------------------------------------------------------------------------------------------

    /**
     * Interventions opened in the period. {@code perOutcome} counts how each ended (OPEN when not resolved yet,
     * DOORVERWEZEN when referred and not resolved since); {@code perQuarter}/{@code perYear} count per gemeente.
     */
    public record Interventions(int total, int open, int referred, List<Count> perGemeente, List<Count> perKind,
                                List<Count> perLayer, List<Count> perOutcome, List<Bucket> perQuarter,
                                List<Bucket> perYear, Trend trend, List<InterventionItem> items) {
    }

    public record InterventionItem(String interventionId, String assessmentId, String themeCode, String themeName,
                                   int cycle, String gemeente, String gemeenteName, String layer, String layerName,
                                   String kind, String kindName, String outcome, String outcomeName, String reason,
                                   Instant openedAt, String openedByName, Instant resolvedAt, String resolvedByName,
                                   Double daysOpen, boolean insideMandate, String mandateId) {
    }

    // ---- mandates ------------------------------------------------------------------------------------------------

    /**
     * Inside the mandate: at the moment, the theme had an active registered mandate (registered, not ended); see
     * docs/evaluation.md. {@code themesWithoutActiveMandate}: framework themes without one at the period's end.
     */
    public record Mandates(int confirmationsInside, int confirmationsOutside, int interventionsInside,
                           int interventionsOutside, List<ThemeMandate> perTheme,
                           List<Count> themesWithoutActiveMandate) {
    }

    public record ThemeMandate(String themeCode, String themeName, String activeMandateId,
                               String bestuurlijkOpdrachtgever, int confirmationsInside, int confirmationsOutside,
                               int interventionsInside, int interventionsOutside) {
    }

    // ---- raad (issue 12) -----------------------------------------------------------------------------------------

    /**
     * The gemeenteraden's involvement: {@code total} over the period, the same figures per gemeente and per theme,
     * and the kaders, zienswijzen and informings behind them. {@code informingTermDays}: the agreed term
     * ({@code regiokompas.raad.informing-term}) after which informing the raad is late; {@code sentence}: the
     * region's figures in one Dutch paragraph.
     */
    public record Raad(boolean available, long informingTermDays, RaadFigures total, List<RaadFigures> perGemeente,
                       List<RaadFigures> perTheme, List<RaadItem> items, String sentence) {
    }

    /**
     * One gemeente's, one theme's or the region's raad figures ({@code code}/{@code name} empty for the region).
     * Kaders count when set in the period, zienswijzen when recorded, confirmations when given; see
     * docs/evaluation.md for each figure.
     */
    public record RaadFigures(String code, String name, int kadersBeforeFirstProposal, int kadersAfterFirstProposal,
                              Average daysKaderBeforeFirstProposal, int zienswijzen, int confirmations,
                              int confirmationsNeedingRaad, int waitingForRaad, int informings, int lateInformings,
                              int notInformedInTime, Average daysToInforming, double daysWaitingOnZienswijzen,
                              double daysWaitingOnRaad) {
    }

    /**
     * One kader, zienswijze or informing of the raad ({@code kind}: KADER, ZIENSWIJZE, INFORMATIE). {@code days}:
     * for a kader the days before the next first proposal, for a zienswijze the days since its period opened, for
     * informing the days from confirmation to informing. {@code late}: a kader set while a proposal was already on
     * the table, or a raad informed after the term or not informed within it ({@code at} null).
     */
    public record RaadItem(String kind, String kindName, String themeCode, String themeName, String assessmentId,
                           String gemeente, String gemeenteName, Instant at, String byName, Double days,
                           boolean late, String text) {
    }

    // ---- scales --------------------------------------------------------------------------------------------------

    /**
     * Scale per layer per decided cycle, changes against the theme's previous decided cycle, and proposals that
     * deviated from the most frequent leaning with their reasons.
     */
    public record Scales(List<ThemeScales> perTheme, int changes, int proposals, int proposalsDeviating,
                         List<Count> deviationsPerLayer, List<Deviation> deviations) {
    }

    public record ThemeScales(String themeCode, String themeName, List<CycleScales> cycles) {
    }

    public record CycleScales(String assessmentId, String decisionId, int cycle, Instant bevestigdAt,
                              List<LayerScale> layers) {
    }

    /** {@code previousScale} null for a theme's first decided cycle; {@code changed} against it. */
    public record LayerScale(String layer, String layerName, String scale, String scaleName, String previousScale,
                             String previousScaleName, boolean changed) {
    }

    public record Deviation(String themeCode, String themeName, String assessmentId, int cycle, int revision,
                            String layer, String layerName, String scale, String scaleName, String reason,
                            Instant proposedAt, String proposedByName) {
    }

    // ---- route ---------------------------------------------------------------------------------------------------

    /**
     * {@code phasesPerQuarter}: per quarter end, the number of themes per route phase; {@code forms}: FormChosen in
     * the period; {@code centrumregeling}: themes whose chosen form is CENTRUMREGELING_UITGEBREID.
     */
    public record Route(List<Bucket> phasesPerQuarter, List<ThemePhase> themesAtEnd, List<FormChoice> forms,
                        List<Count> perForm, List<Count> centrumregeling) {
    }

    public record ThemePhase(String themeCode, String themeName, String phase, String phaseName, Instant since) {
    }

    public record FormChoice(String weighingId, String form, String formName, boolean centrumregeling,
                             List<Count> themes, Instant chosenAt, List<String> confirmedByNames) {
    }

    // ---- reflections ---------------------------------------------------------------------------------------------

    /**
     * Reflections recorded in the period: counts per level per year, and per prompt the answers grouped per level
     * in time order; free texts (the reflection's own text) under {@code texts}.
     */
    public record Reflections(int total, List<Count> perLevel, List<Bucket> perYear, List<PromptAnswers> perPrompt,
                              List<ReflectionText> texts) {
    }

    public record PromptAnswers(String prompt, int count, List<LevelAnswers> levels) {
    }

    public record LevelAnswers(String level, String levelName, List<ReflectionText> answers) {
    }

    /** Who wrote it, when, for which theme (null: none) and gemeente (null: a regional role). */
    public record ReflectionText(String reflectionId, String level, String levelName, String themeCode,
                                 String themeName, String gemeente, String gemeenteName, String byName,
                                 Instant recordedAt, String text) {
    }
}
