package nl.regiokompas.query.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.IntStream;

import nl.regiokompas.api.evaluation.EvaluationReport;
import nl.regiokompas.api.evaluation.EvaluationReport.Detail;
import nl.regiokompas.api.evaluation.EvaluationReport.ListSize;

/**
 * Cuts a report's item lists to the {@code limit} most recent items of each ({@link
 * nl.regiokompas.api.evaluation.FindEvaluationReport#detail()}) and records in the answer's {@link Detail} which
 * lists were cut and how long they are. The figures are never cut: they are computed over every item before this.
 */
final class ReportLists {

    private final int limit;
    private final List<ListSize> cut = new ArrayList<>();

    private ReportLists(int limit) {
        this.limit = limit;
    }

    /** {@code limit} null: the report as it is, every item of every list. */
    static EvaluationReport cut(EvaluationReport report, Integer limit) {
        return limit == null ? report : new ReportLists(limit).cut(report);
    }

    private EvaluationReport cut(EvaluationReport report) {
        EvaluationReport.LeadTimes lead = report.leadTimes();
        EvaluationReport.LeadTimes leadTimes = new EvaluationReport.LeadTimes(lead.toFirstProposal(),
                lead.toBevestiging(), lead.toFormalDecisions(), lead.averageRevisions(), lead.waiting(),
                indexed(lead.perTheme(), (theme, index) -> new EvaluationReport.ThemeLeadTimes(theme.themeCode(),
                        theme.themeName(), theme.toFirstProposal(), theme.toBevestiging(), theme.toFormalDecisions(),
                        theme.averageRevisions(), theme.daysWaitingOnInterventions(),
                        recent("leadTimes.perTheme[" + index + "].cycles", theme.cycles()))),
                lead.perGemeente());
        EvaluationReport.Interventions i = report.interventions();
        EvaluationReport.Interventions interventions = new EvaluationReport.Interventions(i.total(), i.open(),
                i.referred(), i.perGemeente(), i.perKind(), i.perLayer(), i.perOutcome(), i.perQuarter(), i.perYear(),
                i.trend(), recent("interventions.items", i.items()));
        EvaluationReport.Raad r = report.raad();
        EvaluationReport.Raad raad = new EvaluationReport.Raad(r.available(), r.informingTermDays(), r.total(),
                r.perGemeente(), r.perTheme(), latest("raad.items", r.items(), EvaluationReport.RaadItem::at),
                r.sentence());
        EvaluationReport.Scales s = report.scales();
        EvaluationReport.Scales scales = new EvaluationReport.Scales(
                indexed(s.perTheme(), (theme, index) -> new EvaluationReport.ThemeScales(theme.themeCode(),
                        theme.themeName(), recent("scales.perTheme[" + index + "].cycles", theme.cycles()))),
                s.changes(), s.proposals(), s.proposalsDeviating(), s.deviationsPerLayer(),
                recent("scales.deviations", s.deviations()));
        EvaluationReport.Route route = new EvaluationReport.Route(report.route().phasesPerQuarter(),
                report.route().themesAtEnd(), recent("route.forms", report.route().forms()), report.route().perForm(),
                report.route().centrumregeling());
        EvaluationReport.Reflections f = report.reflections();
        EvaluationReport.Reflections reflections = new EvaluationReport.Reflections(f.total(), f.perLevel(),
                f.perYear(), indexed(f.perPrompt(), (prompt, p) -> new EvaluationReport.PromptAnswers(prompt.prompt(),
                prompt.count(), indexed(prompt.levels(), (level, l) -> new EvaluationReport.LevelAnswers(level.level(),
                level.levelName(), recent("reflections.perPrompt[" + p + "].levels[" + l + "].answers",
                level.answers()))))),
                recent("reflections.texts", f.texts()));
        return new EvaluationReport(report.period(), leadTimes, interventions, report.mandates(), raad, scales, route,
                reflections, new Detail(cut.isEmpty(), limit, List.copyOf(cut)));
    }

    /** The last {@code limit} items: the lists are in time order. */
    private <T> List<T> recent(String path, List<T> items) {
        if (items.size() <= limit) {
            return items;
        }
        cut.add(new ListSize(path, items.size(), limit));
        return items.subList(items.size() - limit, items.size());
    }

    /** The {@code limit} items with the latest moment, in their own order (a list grouped by kind). */
    private <T> List<T> latest(String path, List<T> items, Function<T, Instant> at) {
        if (items.size() <= limit) {
            return items;
        }
        cut.add(new ListSize(path, items.size(), limit));
        // Newest first, the earlier in the list first among equal moments; the last of the kept leaves first.
        Comparator<Integer> newestFirst = Comparator.comparing((Integer index) -> at.apply(items.get(index)),
                Comparator.nullsLast(Comparator.<Instant>reverseOrder())).thenComparing(Comparator.naturalOrder());
        PriorityQueue<Integer> kept = new PriorityQueue<>(limit + 1, newestFirst.reversed());
        for (int index = 0; index < items.size(); index++) {
            kept.add(index);
            if (kept.size() > limit) {
                kept.poll();
            }
        }
        return kept.stream().sorted().map(items::get).toList();
    }

    private interface Indexed<T, R> {
        R apply(T item, int index);
    }

    private static <T, R> List<R> indexed(List<T> items, Indexed<T, R> map) {
        return IntStream.range(0, items.size()).mapToObj(index -> map.apply(items.get(index), index)).toList();
    }
}
