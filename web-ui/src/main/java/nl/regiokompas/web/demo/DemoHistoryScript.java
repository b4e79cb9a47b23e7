package nl.regiokompas.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.regiokompas.api.assessment.AssignResponsibility;
import nl.regiokompas.api.assessment.ConfirmByBestuurder;
import nl.regiokompas.api.assessment.ConsentToDeviation;
import nl.regiokompas.api.assessment.FollowUp;
import nl.regiokompas.api.assessment.FormalBody;
import nl.regiokompas.api.assessment.Guideline;
import nl.regiokompas.api.assessment.IntervenLocally;
import nl.regiokompas.api.assessment.InterventionKind;
import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.assessment.OpenAssessment;
import nl.regiokompas.api.assessment.ProposalOutcome;
import nl.regiokompas.api.assessment.ProposeThemeScale;
import nl.regiokompas.api.assessment.RecordCriterionInput;
import nl.regiokompas.api.assessment.RecordFollowUp;
import nl.regiokompas.api.assessment.RecordFormalDecision;
import nl.regiokompas.api.assessment.RecordGremiumDiscussion;
import nl.regiokompas.api.assessment.RecordPrecondition;
import nl.regiokompas.api.assessment.RecordSignal;
import nl.regiokompas.api.assessment.ReopenAssessment;
import nl.regiokompas.api.assessment.ResolveIntervention;
import nl.regiokompas.api.common.DutchTime;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.mandate.AmendMandate;
import nl.regiokompas.api.mandate.Power;
import nl.regiokompas.api.mandate.RegisterMandate;
import nl.regiokompas.api.reflection.RecordReflection;
import nl.regiokompas.api.route.ScoreTheme;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Writes the history of one theme through the real command path: a mandate, then per cycle inputs of every
 * gemeente, a proposal, responsibilities and preconditions, sometimes early confirmations and a local
 * intervention with its resolution (an accepted one leads to a new revision), the confirmations that lead to
 * the decision, reflections, and a reopening for the next cycle, a year after the previous one. Every choice
 * comes from the seeded random and the codes of the framework. Expected versions are left out (null: no
 * version check). Every command is marked as demo and carries its moment on the {@link DemoTimeline}, with
 * pauses of hours to weeks between the steps; {@link DemoClock} stamps its events with that moment.
 */
final class DemoHistoryScript {

    /** The time between the starts of two cycles of a theme. */
    static final Duration CYCLE = Duration.ofDays(365);

    private static final List<String> HOLDERS = List.of("Bestuurstafel Sociaal Domein", "Portefeuillehoudersoverleg",
            "Programmamanager regio", "Regionaal inkoopbureau", "Ambtelijk domeinoverleg", "Uitvoeringsteam regio");

    private final CommandGateway commands;
    private final FrameworkContent framework;
    private final DemoActors actors;
    private final Random random;
    private DemoTimeline timeline;
    private DemoCommands demo;

    DemoHistoryScript(CommandGateway commands, FrameworkContent framework, Random random) {
        this.commands = commands;
        this.framework = framework;
        this.actors = new DemoActors(framework.region());
        this.random = random;
    }

    /** Writes the theme's cycles, the first beginning at {@code start}, the next ones a year apart. */
    String writeTheme(FrameworkContent.Theme theme, int cycles, Instant start, Instant ceiling) {
        timeline = new DemoTimeline(start, ceiling, random);
        demo = new DemoCommands(commands, timeline);
        String mandateId = registerMandate(theme);
        prioritise(theme);
        String assessmentId = UUID.randomUUID().toString();
        FrameworkContent.Gemeente opener = pick(gemeenten());
        pause(Duration.ofDays(1), Duration.ofDays(5));
        send(new OpenAssessment(assessmentId, theme.code(), "Afweging " + theme.name(), null, null),
                actors.strateeg(opener));
        for (int cycle = 1; cycle <= cycles; cycle++) {
            if (cycle > 1) {
                timeline.jumpTo(start.plus(CYCLE.multipliedBy(cycle - 1L)));
                send(new ReopenAssessment(assessmentId, "Herijking in ronde " + cycle
                        + ": ervaringen van de uitvoering en de evaluatie van de samenwerking.", null),
                        actors.programmateam());
                if (random.nextBoolean()) {
                    amendMandate(mandateId, cycle);
                }
            }
            writeCycle(assessmentId, theme);
        }
        return assessmentId;
    }

    /** The moment the last theme written reached: what follows it (a form weighing) comes later. */
    Instant lastMoment() {
        return timeline.now();
    }

    private void writeCycle(String assessmentId, FrameworkContent.Theme theme) {
        Map<String, Map<String, Integer>> leanings = new HashMap<>();
        Map<String, String> scales = recordInputs(assessmentId, leanings);
        // The whole package before the proposal: a change of it after one would make a new revision.
        assignResponsibilities(assessmentId);
        recordPreconditions(assessmentId);
        pause(Duration.ofDays(3), Duration.ofDays(14));
        int revision = propose(assessmentId, scales, "Voorstel op basis van de inbreng van alle gemeenten.", Map.of());
        List<FrameworkContent.Gemeente> unconfirmed = new ArrayList<>(gemeenten());
        if (random.nextInt(100) < 60) {
            FrameworkContent.Gemeente early = unconfirmed.remove(0);
            pause(Duration.ofDays(1), Duration.ofDays(7));
            confirm(assessmentId, early, revision);
            FrameworkContent.Gemeente objector = pick(unconfirmed);
            String layer = pick(layers());
            if (interveneAndAwaitRevision(assessmentId, objector, layer)) {
                Map<String, String> revised = new LinkedHashMap<>(scales);
                revised.put(layer, lowerScale(scales.get(layer)));
                pause(Duration.ofDays(2), Duration.ofDays(10));
                Map<String, String> deviations = Guideline.deviates(revised.get(layer),
                        Guideline.tally(scales(), leanings.getOrDefault(layer, Map.of()).entrySet().stream()
                                .flatMap(e -> Collections.nCopies(e.getValue(), e.getKey()).stream()).toList()))
                        ? Map.of(layer, "Interventie van " + objector.name() + " overgenomen.") : Map.of();
                revision = propose(assessmentId, revised, "Interventie van " + objector.name() + " overgenomen.",
                        deviations);
                unconfirmed = new ArrayList<>(gemeenten());
                takeOver(assessmentId, revision);
            }
        }
        for (FrameworkContent.Gemeente gemeente : unconfirmed) {
            pause(Duration.ofDays(1), Duration.ofDays(12));
            confirm(assessmentId, gemeente, revision);
        }
        recordAfterConfirmation(assessmentId, revision);
        pause(Duration.ofDays(7), Duration.ofDays(45));
        recordReflections(assessmentId, theme);
    }

    // ---- process (issue 11 §3, §4) -------------------------------------------------------------------------

    private static final ZoneId DEMO_ZONE = DutchTime.ZONE;
    private String pendingTakeOver;

    /**
     * A bestuurder intervenes, sometimes on a strateeg's signal, and the intervention ends without overruling anyone:
     * withdrawn, accepted as a local deviation by the others, or (answered true) to be taken over into a new
     * revision; some are first referred to the Bestuurstafel.
     */
    private boolean interveneAndAwaitRevision(String assessmentId, FrameworkContent.Gemeente objector, String layer) {
        String signalId = null;
        if (random.nextBoolean()) {
            signalId = UUID.randomUUID().toString();
            pause(Duration.ofDays(1), Duration.ofDays(5));
            send(new RecordSignal(assessmentId, signalId, objector.code(), layer, "In " + objector.name()
                    + " leven zorgen over de gevolgen voor de eigen uitvoering.", null), actors.strateeg(objector));
        }
        String interventionId = UUID.randomUUID().toString();
        pause(Duration.ofDays(1), Duration.ofDays(10));
        send(new IntervenLocally(assessmentId, interventionId, objector.code(), layer,
                pick(List.of(InterventionKind.values())), "De gemeenteraad van " + objector.name() + " wil in laag "
                + layer + " eigen keuzes houden.", null, signalId, null), actors.bestuurder(objector));
        if (random.nextInt(4) == 0) {
            pause(Duration.ofDays(2), Duration.ofDays(7));
            send(new ResolveIntervention(assessmentId, interventionId, InterventionOutcome.DOORVERWEZEN,
                    "Agenderen voor de Bestuurstafel.", null, LocalDate.ofInstant(timeline.now(), DEMO_ZONE)
                    .plusDays(14), null), actors.programmateam());
        }
        pause(Duration.ofDays(3), Duration.ofDays(21));
        switch (random.nextInt(3)) {
            case 0 -> send(new ResolveIntervention(assessmentId, interventionId, InterventionOutcome.INGETROKKEN,
                    "Na overleg in de Bestuurstafel ingetrokken.", null), actors.bestuurder(objector));
            case 1 -> {
                for (FrameworkContent.Gemeente other : gemeenten()) {
                    if (!other.code().equals(objector.code())) {
                        pause(Duration.ofHours(4), Duration.ofDays(3));
                        send(new ConsentToDeviation(assessmentId, interventionId, other.code(), null, null),
                                actors.bestuurder(other));
                    }
                }
            }
            default -> {
                pendingTakeOver = interventionId;
                return true;
            }
        }
        return false;
    }

    private void takeOver(String assessmentId, int revision) {
        send(new ResolveIntervention(assessmentId, pendingTakeOver, InterventionOutcome.OVERGENOMEN,
                "Overgenomen in revisie " + revision + ".", revision, null, null), actors.programmateam());
        pendingTakeOver = null;
    }

    /** After the bestuurlijke bevestiging: the Bestuurstafel's discussion, most formal decisions, the follow-up. */
    private void recordAfterConfirmation(String assessmentId, int revision) {
        pause(Duration.ofDays(2), Duration.ofDays(10));
        send(new RecordGremiumDiscussion(assessmentId, "BT", LocalDate.ofInstant(timeline.now(), DEMO_ZONE), revision,
                null, null, null), actors.programmateam());
        for (FrameworkContent.Gemeente gemeente : gemeenten()) {
            if (random.nextInt(100) < 80) {
                pause(Duration.ofDays(3), Duration.ofDays(20));
                send(new RecordFormalDecision(assessmentId, gemeente.code(), FormalBody.COLLEGE,
                        LocalDate.ofInstant(timeline.now(), DEMO_ZONE), "B&W-" + gemeente.code() + "-"
                        + (1000 + random.nextInt(9000)), null, null), actors.bestuurder(gemeente));
            }
        }
        if (random.nextBoolean()) {
            send(new RecordFormalDecision(assessmentId, null, FormalBody.BESTUURSTAFEL,
                    LocalDate.ofInstant(timeline.now(), DEMO_ZONE), "BT-" + (100 + random.nextInt(900)), null, null),
                    actors.programmateam());
        }
        send(new RecordFollowUp(assessmentId, pick(List.of(FollowUp.values())), null, null), actors.programmateam());
    }

    private Map<String, String> recordInputs(String assessmentId, Map<String, Map<String, Integer>> leaningsPerLayer) {
        for (FrameworkContent.Gemeente gemeente : gemeenten()) {
            for (String layer : layers()) {
                List<FrameworkContent.Criterion> criteria = new ArrayList<>(framework.criteria());
                Collections.shuffle(criteria, random);
                for (FrameworkContent.Criterion criterion : criteria.subList(0, Math.min(2, criteria.size()))) {
                    String leaning = random.nextInt(10) == 0 ? null : pick(scales());
                    pause(Duration.ofHours(2), Duration.ofDays(1));
                    if (leaning != null) {
                        leaningsPerLayer.computeIfAbsent(layer, l -> new HashMap<>()).merge(leaning, 1, Integer::sum);
                    }
                    send(new RecordCriterionInput(assessmentId, gemeente.code(), layer, criterion.code(), leaning,
                            gemeente.name() + " over " + criterion.name().toLowerCase() + ": "
                                    + (leaning == null ? "nog geen voorkeur." : "neigt naar " + leaning.toLowerCase()
                                    + "."), null), actors.strateeg(gemeente));
                }
            }
        }
        Map<String, String> scales = new LinkedHashMap<>();
        for (String layer : layers()) {
            scales.put(layer, leaningsPerLayer.getOrDefault(layer, Map.of()).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .orElseGet(() -> pick(scales())));
        }
        return scales;
    }

    private int propose(String assessmentId, Map<String, String> scales, String rationale,
                        Map<String, String> deviations) {
        Object result = send(new ProposeThemeScale(assessmentId, scales, rationale, null, deviations),
                actors.strateeg(pick(gemeenten())));
        return result instanceof ProposalOutcome outcome ? outcome.revision() : ((Number) result).intValue();
    }

    private void assignResponsibilities(String assessmentId) {
        List<String> levels = framework.responsibilityLevels().stream()
                .map(FrameworkContent.ResponsibilityLevel::code).toList();
        for (String layer : layers()) {
            for (String kind : framework.responsibilityKinds()) {
                pause(Duration.ofHours(1), Duration.ofDays(1));
                send(new AssignResponsibility(assessmentId, layer, kind, pick(levels), pick(HOLDERS), null),
                        actors.strateeg(pick(gemeenten())));
            }
        }
    }

    private void recordPreconditions(String assessmentId) {
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            FrameworkContent.PreconditionKind kind = pick(framework.preconditionKinds());
            pause(Duration.ofHours(1), Duration.ofDays(1));
            send(new RecordPrecondition(assessmentId, UUID.randomUUID().toString(), kind.code(),
                    "Randvoorwaarde: " + kind.meaning() + ".", null, "Programmateam", null),
                    actors.strateeg(pick(gemeenten())));
        }
    }

    private void confirm(String assessmentId, FrameworkContent.Gemeente gemeente, int revision) {
        send(new ConfirmByBestuurder(assessmentId, gemeente.code(), revision, null, null),
                actors.bestuurder(gemeente));
    }

    private void recordReflections(String assessmentId, FrameworkContent.Theme theme) {
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            Map<String, String> answers = new LinkedHashMap<>();
            List<String> prompts = new ArrayList<>(framework.reflectionPrompts());
            Collections.shuffle(prompts, random);
            prompts.subList(0, Math.min(2, prompts.size()))
                    .forEach(prompt -> answers.put(prompt, random.nextBoolean() ? "Grotendeels wel." : "Nog niet overal."));
            pause(Duration.ofHours(1), Duration.ofDays(7));
            send(new RecordReflection(UUID.randomUUID().toString(), assessmentId, pick(framework.reflectionLevels()),
                    answers, "Terugblik op de afweging van " + theme.name() + "."), actors.programmateam());
        }
    }

    private String registerMandate(FrameworkContent.Theme theme) {
        String mandateId = UUID.randomUUID().toString();
        send(new RegisterMandate(mandateId, theme.code(), "Wethouder " + pick(gemeenten()).name(),
                "Directeur Sociaal Domein " + pick(gemeenten()).name(), "Projectleider " + theme.name(),
                powers()), actors.programmateam());
        return mandateId;
    }

    private void amendMandate(String mandateId, int cycle) {
        send(new AmendMandate(mandateId, "Wethouder " + pick(gemeenten()).name(),
                "Directeur Sociaal Domein " + pick(gemeenten()).name(), "Projectleider ronde " + cycle, powers(),
                "Nieuwe bezetting na ronde " + (cycle - 1) + "."), actors.programmateam());
    }

    private List<Power> powers() {
        return framework.mandateRoles().stream()
                .map(role -> new Power("Besluiten binnen de rol " + role.name(), role.code()))
                .toList();
    }

    private String lowerScale(String scale) {
        List<String> ordered = scales();
        int index = ordered.indexOf(scale);
        return index > 0 ? ordered.get(index - 1) : ordered.get(Math.min(1, ordered.size() - 1));
    }

    private List<FrameworkContent.Gemeente> gemeenten() {
        return framework.region().gemeenten();
    }

    private List<String> layers() {
        return framework.layers().stream().map(FrameworkContent.Layer::code).toList();
    }

    private List<String> scales() {
        return framework.scales().stream().map(FrameworkContent.Scale::code).toList();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void pause(Duration min, Duration max) {
        timeline.pause(min, max);
    }

    /** Phase 2 of the route before the theme's assessment: every gemeente's strateeg scores the theme. */
    private void prioritise(FrameworkContent.Theme theme) {
        for (FrameworkContent.Gemeente gemeente : gemeenten()) {
            pause(Duration.ofHours(4), Duration.ofDays(4));
            send(new ScoreTheme(framework.region().code(), theme.code(), gemeente.code(), 2 + random.nextInt(4),
                    1 + random.nextInt(5), "In " + gemeente.name() + " speelt " + theme.name()
                    + " nu in de uitvoering en bij de raad."), actors.strateeg(gemeente));
        }
    }

    private Object send(Object command, Map<String, String> actor) {
        return demo.send(command, actor);
    }
}
