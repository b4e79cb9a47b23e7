package nl.regiokompas.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.evaluation.EvaluationReport.RaadFigures;
import nl.regiokompas.api.evaluation.EvaluationReport.RaadItem;
import nl.regiokompas.api.raad.InformingKind;

import static nl.regiokompas.query.report.ReportContext.average;
import static nl.regiokompas.query.report.ReportContext.days;
import static nl.regiokompas.query.report.ReportContext.oneDecimal;

/**
 * The gemeenteraden's involvement in the period (issue 12 §7): kaders set before or while a proposal was on the
 * table, zienswijzen, confirmations that needed the raad's verdict and the time they waited for it, zienswijze
 * periods and the time they held confirmations, and days from confirmation to informing the raad against the
 * agreed term. Each figure is defined in docs/evaluation.md.
 */
final class RaadSection {

    static final String KADER = "KADER";
    static final String ZIENSWIJZE = "ZIENSWIJZE";
    static final String INFORMATIE = "INFORMATIE";

    private final RaadFacts raad;
    private final ReportContext context;
    private final Map<String, KaderMoment> kaderMoments = new HashMap<>();
    // Each confirmation with its informing, computed once; grouped once per gemeente and theme, since the figures
    // of every gemeente and theme would otherwise scan every confirmation (a decade's are tens of thousands).
    private final List<Confirmed> confirmed;
    private final Map<String, List<Confirmed>> confirmedPerGemeente;
    private final Map<String, List<Confirmed>> confirmedPerTheme;
    private final Map<RaadFacts.ZienswijzePeriod, Double> zienswijzeWaiting = new IdentityHashMap<>();
    private final Map<String, List<ReportFacts.Cycle>> cyclesPerTheme;

    /** Whether a kader came while a proposal was on the table ({@code late}), else the days to the next one. */
    private record KaderMoment(boolean late, Double daysBefore) {
    }

    /** {@code days} null and {@code late} true: not informed within the term by the period's end. */
    private record Informing(Double days, boolean late) {
    }

    private record Confirmed(RaadFacts.Confirmation confirmation, Informing informing) {

        /** Informed, or not informed within the term: an item of the list. */
        boolean listable() {
            return informing.days() != null || informing.late();
        }
    }

    private RaadSection(ReportFacts facts, ReportContext context) {
        this.raad = facts.raad();
        this.context = context;
        this.cyclesPerTheme = facts.cycles().stream().collect(Collectors.groupingBy(ReportFacts.Cycle::themeCode));
        raad.kaders().forEach(kader -> kaderMoments.put(kader.kaderId(), kaderMoment(kader)));
        this.confirmed = raad.confirmations().stream().map(c -> new Confirmed(c, informing(c))).toList();
        this.confirmedPerGemeente = confirmed.stream().collect(Collectors.groupingBy(c -> c.confirmation().gemeente()));
        this.confirmedPerTheme = confirmed.stream().collect(Collectors.groupingBy(c -> c.confirmation().themeCode()));
        Map<String, List<RaadFacts.Zienswijze>> given = raad.zienswijzen().stream()
                .collect(Collectors.groupingBy(RaadSection::key));
        raad.periods().forEach(period -> zienswijzeWaiting.put(period,
                waitingOnZienswijzen(period, given.getOrDefault(key(period), List.of()))));
    }

    static RaadSection of(ReportFacts facts, ReportContext context) {
        return new RaadSection(facts, context);
    }

    /** The lead times with the waiting on zienswijzen and on the raad beside that on interventions. */
    EvaluationReport.LeadTimes withWaiting(EvaluationReport.LeadTimes lead) {
        List<Double> zienswijzen = raad.periods().stream().map(zienswijzeWaiting::get).toList();
        List<Double> verdicts = raad.confirmations().stream().filter(RaadFacts.Confirmation::conditional)
                .map(this::waitingOnRaad).toList();
        boolean available = raad.available();
        return new EvaluationReport.LeadTimes(lead.toFirstProposal(), lead.toBevestiging(), lead.toFormalDecisions(),
                lead.averageRevisions(), new EvaluationReport.Waiting(lead.waiting().interventions(),
                waitingOn(available, zienswijzen), waitingOn(available, verdicts)), lead.perTheme(), lead.perGemeente());
    }

    private static EvaluationReport.WaitingOn waitingOn(boolean available, List<Double> days) {
        double total = oneDecimal(days.stream().mapToDouble(Double::doubleValue).sum());
        return new EvaluationReport.WaitingOn(available, days.size(), total,
                days.isEmpty() ? null : oneDecimal(total / days.size()));
    }

    EvaluationReport.Raad raad() {
        TreeSet<String> gemeenten = new TreeSet<>();
        TreeSet<String> themes = new TreeSet<>();
        raad.kaders().forEach(k -> {
            gemeenten.add(k.gemeente());
            themes.add(k.themeCode());
        });
        raad.periods().forEach(p -> {
            gemeenten.addAll(p.gemeenten());
            themes.add(p.themeCode());
        });
        raad.zienswijzen().forEach(z -> {
            gemeenten.add(z.gemeente());
            themes.add(z.themeCode());
        });
        raad.confirmations().forEach(c -> {
            gemeenten.add(c.gemeente());
            themes.add(c.themeCode());
        });
        RaadFigures total = figures("", "", k -> true, p -> true, z -> true, confirmed);
        return new EvaluationReport.Raad(raad.available(), raad.informingTerm().toDays(), total,
                gemeenten.stream().map(g -> figures(g, context.gemeente(g), k -> k.gemeente().equals(g),
                        p -> p.gemeenten().contains(g), z -> z.gemeente().equals(g),
                        confirmedPerGemeente.getOrDefault(g, List.of())))
                        .toList(),
                themes.stream().map(t -> figures(t, context.theme(t), k -> k.themeCode().equals(t),
                        p -> p.themeCode().equals(t), z -> z.themeCode().equals(t),
                        confirmedPerTheme.getOrDefault(t, List.of())))
                        .toList(),
                items(), sentence(total, raad.informingTerm().toDays()));
    }

    /** The region's raad figures in one paragraph, for readers who know nothing of Regiokompas. */
    private static String sentence(RaadFigures total, long termDays) {
        Double before = total.daysKaderBeforeFirstProposal().averageDays();
        Double informing = total.daysToInforming().averageDays();
        return "De raden stelden " + total.kadersBeforeFirstProposal()
                + (total.kadersBeforeFirstProposal() == 1 ? " kader" : " kaders") + " vóór het eerste voorstel"
                + (before == null ? "" : " (gemiddeld " + daysText(before) + " ervoor)") + " en "
                + total.kadersAfterFirstProposal() + " terwijl er al een voorstel lag. Ze gaven "
                + total.zienswijzen() + (total.zienswijzen() == 1 ? " zienswijze" : " zienswijzen") + ". Van de "
                + total.confirmations() + " bevestigingen moesten er " + total.confirmationsNeedingRaad()
                + " op het oordeel van de raad wachten, omdat een kader niet werd gerespecteerd"
                + (total.waitingForRaad() == 0 ? "" : "; " + total.waitingForRaad() + " wachten nog")
                + ". De raad werd " + total.informings() + " keer geïnformeerd"
                + (informing == null ? "" : ", gemiddeld " + daysText(informing) + " na de bevestiging") + "; "
                + total.lateInformings() + " keer later dan de afgesproken termijn van " + termDays + " dagen, en "
                + total.notInformedInTime() + " keer niet binnen die termijn.";
    }

    private static String daysText(double days) {
        return ReportContext.dutch(days) + (days == 1 ? " dag" : " dagen");
    }

    private RaadFigures figures(String code, String name, Predicate<RaadFacts.Kader> kader,
                                Predicate<RaadFacts.ZienswijzePeriod> period, Predicate<RaadFacts.Zienswijze> given,
                                List<Confirmed> confirmations) {
        List<KaderMoment> kaders = raad.kaders().stream().filter(kader).map(k -> kaderMoments.get(k.kaderId()))
                .toList();
        List<RaadFacts.Zienswijze> zienswijzen = raad.zienswijzen().stream()
                .filter(z -> context.inPeriod(z.recordedAt())).filter(given).toList();
        List<RaadFacts.Confirmation> conditional = new ArrayList<>();
        int waitingForRaad = 0;
        List<Double> informedDays = new ArrayList<>();
        int lateInformings = 0;
        int notInformedInTime = 0;
        for (Confirmed each : confirmations) {
            RaadFacts.Confirmation c = each.confirmation();
            if (c.conditional()) {
                conditional.add(c);
                waitingForRaad += c.verdict() == null && c.voidedAt() == null ? 1 : 0;
            }
            Informing informing = each.informing();
            if (informing.days() != null) {
                informedDays.add(informing.days());
                lateInformings += informing.late() ? 1 : 0;
            } else if (informing.late()) {
                notInformedInTime++;
            }
        }
        return new RaadFigures(code, name,
                (int) kaders.stream().filter(k -> !k.late()).count(),
                (int) kaders.stream().filter(KaderMoment::late).count(),
                average(kaders.stream().filter(k -> !k.late()).map(KaderMoment::daysBefore).toList()),
                zienswijzen.size(), confirmations.size(), conditional.size(), waitingForRaad,
                informedDays.size(), lateInformings, notInformedInTime, average(informedDays),
                oneDecimal(raad.periods().stream().filter(period).mapToDouble(zienswijzeWaiting::get).sum()),
                oneDecimal(conditional.stream().mapToDouble(this::waitingOnRaad).sum()));
    }

    private List<RaadItem> items() {
        List<RaadItem> items = new ArrayList<>();
        for (RaadFacts.Kader kader : raad.kaders()) {
            KaderMoment moment = kaderMoments.get(kader.kaderId());
            items.add(new RaadItem(KADER, "Kader", kader.themeCode(), context.theme(kader.themeCode()), null,
                    kader.gemeente(), context.gemeente(kader.gemeente()), kader.setAt(), kader.byName(),
                    moment.daysBefore(), moment.late(), kader.text()));
        }
        Map<String, RaadFacts.ZienswijzePeriod> periods = raad.periods().stream()
                .collect(Collectors.toMap(RaadSection::key, p -> p, (a, b) -> a));
        raad.zienswijzen().stream().filter(z -> context.inPeriod(z.recordedAt())).forEach(z -> items.add(
                new RaadItem(ZIENSWIJZE, "Zienswijze", z.themeCode(), context.theme(z.themeCode()),
                        z.assessmentId(), z.gemeente(), context.gemeente(z.gemeente()), z.recordedAt(), z.byName(),
                        Optional.ofNullable(periods.get(key(z))).map(p -> days(p.openedAt(), z.recordedAt()))
                                .orElse(null), false, z.text())));
        RaadFacts.Listing listing = raad.listing();
        if (listing == null) {
            confirmed.forEach(each -> addInforming(items, each));
            return items;
        }
        List<Confirmed> informings = confirmed.stream().filter(Confirmed::listable).toList();
        Optional<Instant> listedFrom = listedFrom(items, informings, listing.limit());
        // Those confirmed before the first listed moment stand in the list only for its length: cut before it goes.
        informings.stream().filter(each -> listedFrom.isEmpty() || each.confirmation().confirmedAt()
                .isBefore(listedFrom.get())).forEach(each -> addInforming(items, each));
        listedFrom.ifPresent(from -> listing.from().apply(from).stream().map(c -> new Confirmed(c, informing(c)))
                .forEach(each -> addInforming(items, each)));
        return items;
    }

    /**
     * The moment of the {@code limit}-th latest item (kaders and zienswijzen already in {@code items}); none when no
     * item is listed. Every item the answer lists is at or after it, as {@link ReportLists} chooses them.
     */
    private static Optional<Instant> listedFrom(List<RaadItem> items, List<Confirmed> informings, int limit) {
        PriorityQueue<Instant> latest = new PriorityQueue<>(limit + 1);
        Stream.concat(items.stream().map(RaadItem::at), informings.stream().map(c -> c.confirmation().confirmedAt()))
                .filter(Objects::nonNull).forEach(at -> {
                    latest.add(at);
                    if (latest.size() > limit) {
                        latest.poll();
                    }
                });
        return Optional.ofNullable(latest.peek());
    }

    private void addInforming(List<RaadItem> items, Confirmed each) {
        if (!each.listable()) {
            return;
        }
        RaadFacts.Confirmation confirmation = each.confirmation();
        Informing informing = each.informing();
        items.add(new RaadItem(INFORMATIE, "Informeren van de raad", confirmation.themeCode(),
                context.theme(confirmation.themeCode()), confirmation.assessmentId(), confirmation.gemeente(),
                context.gemeente(confirmation.gemeente()), confirmation.confirmedAt(),
                informing.days() == null ? confirmation.byName() : confirmation.informedByName(),
                informing.days(), informing.late(), informingText(confirmation)));
    }

    private static String informingText(RaadFacts.Confirmation confirmation) {
        if (confirmation.informedOn() == null) {
            return "Nog niet geïnformeerd";
        }
        String kind = confirmation.informingKind() == null ? "informatie"
                : InformingKind.valueOf(confirmation.informingKind()).word();
        return "Geïnformeerd met een " + kind + " op " + confirmation.informedOn();
    }

    /**
     * Late: set while a proposal of the theme (with the kader's gemeente taking part) was on the table, from its
     * cycle's first proposal until its bestuurlijke bevestiging. Otherwise the days to the next first proposal
     * (null while none followed within the period's end).
     */
    private KaderMoment kaderMoment(RaadFacts.Kader kader) {
        List<ReportFacts.Cycle> cycles = cyclesPerTheme.getOrDefault(kader.themeCode(), List.of()).stream()
                .filter(c -> c.gemeenten().contains(kader.gemeente()))
                .filter(c -> c.firstProposedAt() != null && c.firstProposedAt().isBefore(context.end()))
                .toList();
        boolean late = cycles.stream().anyMatch(c -> !c.firstProposedAt().isAfter(kader.setAt())
                && (c.bevestigdAt() == null || c.bevestigdAt().isAfter(kader.setAt())));
        if (late) {
            return new KaderMoment(true, null);
        }
        return new KaderMoment(false, cycles.stream().map(ReportFacts.Cycle::firstProposedAt)
                .filter(at -> at.isAfter(kader.setAt())).min(Comparator.naturalOrder())
                .map(next -> days(kader.setAt(), next)).orElse(null));
    }

    /** Days from confirmation (Dutch date) to informing; late after the term, or not informed within it. */
    private Informing informing(RaadFacts.Confirmation confirmation) {
        LocalDate due = LocalDate.ofInstant(confirmation.confirmedAt().plus(raad.informingTerm()), Buckets.DUTCH_TIME);
        if (confirmation.informedOn() != null) {
            return new Informing(days(confirmation.confirmedAt(), confirmation.informedOn()),
                    confirmation.informedOn().isAfter(due));
        }
        boolean overdue = confirmation.voidedAt() == null
                && LocalDate.ofInstant(context.end(), Buckets.DUTCH_TIME).isAfter(due);
        return new Informing(null, overdue);
    }

    /**
     * From opening until the last participating raad gave its zienswijze, the end date passed, or the end;
     * {@code given}: the zienswijzen on the period's revision.
     */
    private double waitingOnZienswijzen(RaadFacts.ZienswijzePeriod period, List<RaadFacts.Zienswijze> given) {
        Instant endDatePassed = period.endsOn().plusDays(1).atStartOfDay(Buckets.DUTCH_TIME).toInstant();
        boolean everyRaad = given.stream().map(RaadFacts.Zienswijze::gemeente).collect(Collectors.toSet())
                .containsAll(period.gemeenten());
        Instant until = context.end();
        if (endDatePassed.isBefore(until)) {
            until = endDatePassed;
        }
        if (everyRaad) {
            Instant last = given.stream().map(RaadFacts.Zienswijze::recordedAt).max(Comparator.naturalOrder())
                    .orElse(until);
            until = last.isBefore(until) ? last : until;
        }
        return Objects.requireNonNullElse(days(period.openedAt(), until), 0.0);
    }

    /** From a voorwaardelijk confirmation until the raad's verdict, its voiding, or the end. */
    private double waitingOnRaad(RaadFacts.Confirmation confirmation) {
        Instant until = confirmation.verdictAt() != null ? confirmation.verdictAt()
                : confirmation.voidedAt() != null ? confirmation.voidedAt() : context.end();
        return Objects.requireNonNullElse(days(confirmation.confirmedAt(), until), 0.0);
    }

    private static String key(RaadFacts.ZienswijzePeriod period) {
        return period.assessmentId() + "#" + period.cycle() + "#" + period.revision();
    }

    private static String key(RaadFacts.Zienswijze zienswijze) {
        return zienswijze.assessmentId() + "#" + zienswijze.cycle() + "#" + zienswijze.revision();
    }
}
