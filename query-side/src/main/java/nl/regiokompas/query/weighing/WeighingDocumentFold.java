package nl.regiokompas.query.weighing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.weighing.FormChosen;
import nl.regiokompas.api.weighing.FormConfirmed;
import nl.regiokompas.api.weighing.FormInterventionOpened;
import nl.regiokompas.api.weighing.FormInterventionReferred;
import nl.regiokompas.api.weighing.FormInterventionResolved;
import nl.regiokompas.api.weighing.FormProposed;
import nl.regiokompas.api.weighing.FormScored;
import nl.regiokompas.api.weighing.FormZienswijzePeriodOpened;
import nl.regiokompas.api.weighing.FormZienswijzeRecorded;
import nl.regiokompas.api.weighing.RaadInformedOfForm;
import nl.regiokompas.api.weighing.RaadRoleRecorded;
import nl.regiokompas.api.weighing.WeighingDocument;
import nl.regiokompas.api.weighing.WeighingDocument.ConfirmationEntry;
import nl.regiokompas.api.weighing.WeighingDocument.HistoryLine;
import nl.regiokompas.api.weighing.WeighingDocument.InterventionEntry;
import nl.regiokompas.api.weighing.WeighingDocument.Named;
import nl.regiokompas.api.weighing.WeighingDocument.Score;
import nl.regiokompas.api.weighing.WeighingDocument.Spread;
import nl.regiokompas.api.weighing.WeighingOpened;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The only code that knows how an event changes a weighing document: the {@code weighings} projection stores what
 * it folds. Each event also adds a line to the document's history, in Dutch, with who and when; the spread of the
 * scores is recomputed from the scores each time.
 */
public final class WeighingDocumentFold {

    /** Scores that lie this far apart or further count as disagreement between gemeenten. */
    static final int DISAGREEMENT = 2;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private WeighingDocumentFold() {
    }

    private static final Set<Class<?>> DOCUMENT_EVENTS = Set.of(WeighingOpened.class, FormScored.class,
            RaadRoleRecorded.class, FormProposed.class, FormConfirmed.class, FormInterventionOpened.class,
            FormInterventionResolved.class, FormInterventionReferred.class, FormChosen.class,
            FormZienswijzePeriodOpened.class, FormZienswijzeRecorded.class, RaadInformedOfForm.class);

    public static boolean changesDocuments(Object payload) {
        return payload != null && changesDocuments(payload.getClass());
    }

    /** Whether events of this payload type change weighing documents (the events are records: final classes). */
    public static boolean changesDocuments(Class<?> payloadType) {
        return DOCUMENT_EVENTS.contains(payloadType);
    }

    /** {@code before} one event further; null for an event that opens nothing and has no document to change. */
    public static WeighingDocument next(WeighingDocument before, DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        Instant at = event.getTimestamp();
        String by = text(event.getMetaData().get(AuditMetaData.USER_ID));
        String byName = text(event.getMetaData().get(AuditMetaData.USER_NAME));
        String role = text(event.getMetaData().get(AuditMetaData.ROLE));
        long version = event.getSequenceNumber();
        if (payload instanceof WeighingOpened e) {
            WeighingDocument opened = opened(e, version, at, by, byName);
            return withHistory(opened, version, at, by, byName, role, "Vormafweging geopend voor "
                    + names(opened.themes().stream().map(WeighingDocument.ThemeEntry::name).toList()) + "; te wegen: "
                    + names(opened.forms().stream().map(Named::name).toList()) + ".");
        }
        if (before == null) {
            return null;
        }
        Mutable d = new Mutable(before, version);
        String description;
        if (payload instanceof FormScored e) {
            d.scores.removeIf(s -> s.gemeente().equals(e.gemeente()) && s.form().equals(e.form())
                    && s.criterion().equals(e.criterion()));
            d.scores.add(new Score(e.gemeente(), e.form(), e.criterion(), e.score(), e.argument(), by, byName, at));
            description = name(before.gemeenten(), e.gemeente()) + " scoort " + name(before.forms(), e.form())
                    + " op " + name(before.criteria(), e.criterion()) + ": " + signed(e.score()) + ".";
        } else if (payload instanceof RaadRoleRecorded e) {
            d.raadRoles.removeIf(r -> r.form().equals(e.form()));
            d.raadRoles.add(new WeighingDocument.RaadRole(e.form(), e.text(), by, byName, at));
            description = "Vastgelegd wat " + name(before.forms(), e.form()) + " betekent voor de rol van de raden.";
        } else if (payload instanceof FormProposed e) {
            d.proposal = new WeighingDocument.Proposal(e.revision(), e.form(), e.rationale(), by, byName, at);
            d.status = WeighingDocument.VOORGESTELD;
            description = "Revisie " + e.revision() + " stelt " + name(before.forms(), e.form()) + " voor.";
        } else if (payload instanceof FormConfirmed e) {
            d.confirmations.add(new ConfirmationEntry(e.gemeente(), e.revision(), e.note(), by, byName, at));
            description = "De bestuurder van " + name(before.gemeenten(), e.gemeente()) + " bevestigt revisie "
                    + e.revision() + ".";
        } else if (payload instanceof FormInterventionOpened e) {
            d.interventions.add(new InterventionEntry(e.interventionId(), e.gemeente(), e.revision(), e.kind().name(),
                    e.reason(), "OPEN", by, byName, at, null, null, null, null, null));
            description = "Interventie (" + word(e.kind().name()) + ") van " + name(before.gemeenten(), e.gemeente())
                    + " op revisie " + e.revision() + ".";
        } else if (payload instanceof FormInterventionResolved e) {
            d.interventions.replaceAll(i -> i.interventionId().equals(e.interventionId())
                    ? new InterventionEntry(i.interventionId(), i.gemeente(), i.revision(), i.kind(), i.reason(),
                    e.outcome().name(), i.by(), i.byName(), i.at(), e.note(), byName, at, e.revision(),
                    i.bestuurstafelOn()) : i);
            description = "Interventie van " + name(before.gemeenten(), e.gemeente()) + " afgehandeld: "
                    + word(e.outcome().name()) + (e.revision() == null ? "" : " in revisie " + e.revision()) + ".";
        } else if (payload instanceof FormInterventionReferred e) {
            d.interventions.replaceAll(i -> i.interventionId().equals(e.interventionId())
                    ? new InterventionEntry(i.interventionId(), i.gemeente(), i.revision(), i.kind(), i.reason(),
                    i.status(), i.by(), i.byName(), i.at(), e.note(), byName, at, null, e.bestuurstafelOn()) : i);
            description = "Interventie van " + name(before.gemeenten(), e.gemeente())
                    + " doorverwezen naar de Bestuurstafel van " + DAY.format(e.bestuurstafelOn()) + "; zij blijft open.";
        } else if (payload instanceof FormChosen e) {
            d.chosen = new WeighingDocument.Chosen(e.form(), e.revision(), at);
            d.status = WeighingDocument.GEKOZEN;
            description = "Samenwerkingsvorm gekozen: " + name(before.forms(), e.form()) + " (revisie "
                    + e.revision() + "), bevestigd door alle gemeenten.";
        } else if (payload instanceof FormZienswijzePeriodOpened e) {
            d.zienswijzePeriod = new WeighingDocument.ZienswijzePeriod(e.revision(), e.endsOn(), byName, at);
            description = "Revisie " + e.revision() + " ligt tot en met " + DAY.format(e.endsOn())
                    + " voor zienswijze bij de gemeenteraden.";
        } else if (payload instanceof FormZienswijzeRecorded e) {
            d.zienswijzen.add(new WeighingDocument.Zienswijze(e.gemeente(), e.revision(), e.text(), e.raadsbesluit(),
                    byName, at));
            description = "Zienswijze van de raad van " + name(before.gemeenten(), e.gemeente()) + " op revisie "
                    + e.revision() + " (raadsbesluit " + e.raadsbesluit().reference() + ").";
        } else if (payload instanceof RaadInformedOfForm e) {
            d.informings.add(new WeighingDocument.Informing(e.gemeente(), e.revision(), e.kind().name(), e.date(),
                    e.reference(), byName, at));
            description = "De raad van " + name(before.gemeenten(), e.gemeente()) + " is geïnformeerd over de "
                    + "gekozen vorm: " + e.kind().word() + " " + e.reference() + " van " + DAY.format(e.date()) + ".";
        } else {
            return before;
        }
        return withHistory(d.document(), version, at, by, byName, role, description);
    }

    private static WeighingDocument opened(WeighingOpened e, long version, Instant at, String by, String byName) {
        FrameworkTerms t = e.terms();
        List<WeighingDocument.ThemeEntry> themes = e.themes().stream().map(theme -> new WeighingDocument.ThemeEntry(
                theme.themeCode(), t.nameOf(FrameworkTerms.Term.THEME, theme.themeCode()), theme.assessmentId(),
                theme.decisionId(), theme.cycle())).toList();
        return new WeighingDocument(e.weighingId(), e.title(), WeighingDocument.OPEN, version, e.frameworkVersion(),
                at, by, byName, themes, named(t, FrameworkTerms.Term.GOVERNANCE_FORM, e.forms()),
                named(t, FrameworkTerms.Term.FORM_CRITERION, e.criteria()),
                named(t, FrameworkTerms.Term.GEMEENTE, e.gemeenten()), List.of(), List.of(), List.of(), null,
                List.of(), List.of(), null, List.of(), null, List.of(), List.of());
    }

    private static List<Named> named(FrameworkTerms terms, FrameworkTerms.Term term, List<String> codes) {
        return codes.stream().map(code -> new Named(code, terms.nameOf(term, code))).toList();
    }

    /** Per form and criterion that has scores: lowest, highest, average, and whether the gemeenten disagree. */
    static List<Spread> spread(List<Named> forms, List<Named> criteria, List<Score> scores) {
        List<Spread> spread = new ArrayList<>();
        for (Named form : forms) {
            for (Named criterion : criteria) {
                List<Integer> cell = scores.stream()
                        .filter(s -> s.form().equals(form.code()) && s.criterion().equals(criterion.code()))
                        .map(Score::score).toList();
                if (cell.isEmpty()) {
                    continue;
                }
                int lowest = cell.stream().mapToInt(Integer::intValue).min().orElseThrow();
                int highest = cell.stream().mapToInt(Integer::intValue).max().orElseThrow();
                double average = Math.round(cell.stream().mapToInt(Integer::intValue).average().orElseThrow() * 10) / 10.0;
                spread.add(new Spread(form.code(), criterion.code(), cell.size(), lowest, highest, average,
                        highest - lowest >= DISAGREEMENT));
            }
        }
        return spread;
    }

    private static WeighingDocument withHistory(WeighingDocument d, long version, Instant at, String by, String byName,
                                                String role, String description) {
        List<HistoryLine> history = new ArrayList<>(d.history());
        history.add(new HistoryLine(version, at, by, byName, role, description));
        return new WeighingDocument(d.weighingId(), d.title(), d.status(), version, d.frameworkVersion(), d.openedAt(),
                d.openedBy(), d.openedByName(), d.themes(), d.forms(), d.criteria(), d.gemeenten(), d.scores(),
                d.spread(), d.raadRoles(), d.proposal(), d.confirmations(), d.interventions(), d.chosen(),
                List.copyOf(history), d.zienswijzePeriod(), d.zienswijzen(), d.informings());
    }

    private static String name(List<Named> named, String code) {
        return named.stream().filter(n -> n.code().equals(code)).map(Named::name).findFirst().orElse(code);
    }

    private static String names(List<String> names) {
        return String.join(", ", names);
    }

    private static String signed(int score) {
        return score > 0 ? "+" + score : Integer.toString(score);
    }

    private static String word(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The changeable parts of a document while one event is applied. */
    private static final class Mutable {
        private final WeighingDocument before;
        private final long version;
        private final List<Score> scores;
        private final List<WeighingDocument.RaadRole> raadRoles;
        private final List<ConfirmationEntry> confirmations;
        private final List<InterventionEntry> interventions;
        private WeighingDocument.Proposal proposal;
        private WeighingDocument.Chosen chosen;
        private String status;
        private WeighingDocument.ZienswijzePeriod zienswijzePeriod;
        private final List<WeighingDocument.Zienswijze> zienswijzen;
        private final List<WeighingDocument.Informing> informings;

        Mutable(WeighingDocument before, long version) {
            this.before = before;
            this.version = version;
            this.scores = new ArrayList<>(before.scores());
            this.raadRoles = new ArrayList<>(before.raadRoles());
            this.confirmations = new ArrayList<>(before.confirmations());
            this.interventions = new ArrayList<>(before.interventions());
            this.proposal = before.proposal();
            this.chosen = before.chosen();
            this.status = before.status();
            this.zienswijzePeriod = before.zienswijzePeriod();
            this.zienswijzen = new ArrayList<>(before.zienswijzen());
            this.informings = new ArrayList<>(before.informings());
        }

        WeighingDocument document() {
            Map<String, Integer> order = new LinkedHashMap<>();
            before.gemeenten().forEach(g -> order.put(g.code(), order.size()));
            scores.sort((a, b) -> Integer.compare(order.getOrDefault(a.gemeente(), 99),
                    order.getOrDefault(b.gemeente(), 99)));
            return new WeighingDocument(before.weighingId(), before.title(), status, version,
                    before.frameworkVersion(), before.openedAt(), before.openedBy(), before.openedByName(),
                    before.themes(), before.forms(), before.criteria(), before.gemeenten(), List.copyOf(scores),
                    spread(before.forms(), before.criteria(), scores), List.copyOf(raadRoles), proposal,
                    List.copyOf(confirmations), List.copyOf(interventions), chosen, before.history(), zienswijzePeriod,
                    List.copyOf(zienswijzen), List.copyOf(informings));
        }
    }
}
