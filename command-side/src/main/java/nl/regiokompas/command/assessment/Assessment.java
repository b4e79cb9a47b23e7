package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.ChangePreconditionStatus;
import nl.regiokompas.api.assessment.ConfirmationWithdrawn;
import nl.regiokompas.api.assessment.FollowThemeMandate;
import nl.regiokompas.api.assessment.PackageRevised;
import nl.regiokompas.api.assessment.PreconditionStatusChanged;
import nl.regiokompas.api.assessment.ThemeMandateFollowed;
import nl.regiokompas.api.assessment.WithdrawConfirmation;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.ConfirmationOutcome;
import nl.regiokompas.api.assessment.ProposalOutcome;
import nl.regiokompas.api.assessment.ReopenOutcome;
import nl.regiokompas.api.assessment.AssignResponsibility;
import nl.regiokompas.api.assessment.ConfirmByBestuurder;
import nl.regiokompas.api.assessment.Confirmation;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.IntervenLocally;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.OpenAssessment;
import nl.regiokompas.api.assessment.Precondition;
import nl.regiokompas.api.assessment.PreconditionRecorded;
import nl.regiokompas.api.assessment.ProposeThemeScale;
import nl.regiokompas.api.assessment.RecordCriterionInput;
import nl.regiokompas.api.assessment.RecordGovernanceForm;
import nl.regiokompas.api.assessment.RecordPrecondition;
import nl.regiokompas.api.assessment.ReopenAssessment;
import nl.regiokompas.api.assessment.ResolveIntervention;
import nl.regiokompas.api.assessment.Responsibility;
import nl.regiokompas.api.assessment.ResponsibilityAssigned;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.assessment.CloseSignal;
import nl.regiokompas.api.assessment.ConsentToDeviation;
import nl.regiokompas.api.assessment.DeviationConsented;
import nl.regiokompas.api.assessment.DiscussionSubject;
import nl.regiokompas.api.assessment.FollowUpRecorded;
import nl.regiokompas.api.assessment.FormalBody;
import nl.regiokompas.api.assessment.FormalDecisionRecorded;
import nl.regiokompas.api.assessment.GremiumDiscussionRecorded;
import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.assessment.InterventionReferred;
import nl.regiokompas.api.assessment.LocalException;
import nl.regiokompas.api.assessment.RecordFollowUp;
import nl.regiokompas.api.assessment.RecordFormalDecision;
import nl.regiokompas.api.assessment.RecordGremiumDiscussion;
import nl.regiokompas.api.assessment.RecordSignal;
import nl.regiokompas.api.assessment.SignalClosed;
import nl.regiokompas.api.assessment.SignalRecorded;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.assessment.AssessmentAction;
import nl.regiokompas.api.raad.AnswerZienswijze;
import nl.regiokompas.api.raad.KaderAnswer;
import nl.regiokompas.api.raad.KadersAnswered;
import nl.regiokompas.api.raad.OpenZienswijzePeriod;
import nl.regiokompas.api.raad.RaadInformed;
import nl.regiokompas.api.raad.RaadVerdictRecorded;
import nl.regiokompas.api.raad.RecordRaadInformed;
import nl.regiokompas.api.raad.RecordRaadVerdict;
import nl.regiokompas.api.raad.RecordZienswijze;
import nl.regiokompas.api.raad.ZienswijzeAnswered;
import nl.regiokompas.api.raad.ZienswijzePeriodOpened;
import nl.regiokompas.api.raad.ZienswijzeRecorded;
import nl.regiokompas.command.raad.InformingRules;
import nl.regiokompas.command.raad.KaderLookup;
import nl.regiokompas.command.raad.RaadsbesluitRules;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.common.InterventionOutcomeRules;
import nl.regiokompas.command.common.Choices;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.regiokompas.api.assessment.AssessmentAction.ANSWER_ZIENSWIJZE;
import static nl.regiokompas.api.assessment.AssessmentAction.ASSIGN_RESPONSIBILITY;
import static nl.regiokompas.api.assessment.AssessmentAction.CONSENT_TO_DEVIATION;
import static nl.regiokompas.api.assessment.AssessmentAction.HANDLE_SIGNAL;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_FOLLOW_UP;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_FORMAL_DECISION;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_GREMIUM_DISCUSSION;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_SIGNAL;
import static nl.regiokompas.api.assessment.AssessmentAction.CHANGE_PRECONDITION_STATUS;
import static nl.regiokompas.api.assessment.AssessmentAction.WITHDRAW_CONFIRMATION;
import static nl.regiokompas.api.assessment.AssessmentAction.OPEN_ZIENSWIJZE_PERIOD;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_RAAD_INFORMED;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_RAAD_VERDICT;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_ZIENSWIJZE;
import static nl.regiokompas.api.assessment.AssessmentAction.CONFIRM;
import static nl.regiokompas.api.assessment.AssessmentAction.INTERVENE;
import static nl.regiokompas.api.assessment.AssessmentAction.PROPOSE_SCALE;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_GOVERNANCE_FORM;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_INPUT;
import static nl.regiokompas.api.assessment.AssessmentAction.RECORD_PRECONDITION;
import static nl.regiokompas.api.assessment.AssessmentAction.REOPEN;
import static nl.regiokompas.api.assessment.AssessmentAction.RESOLVE_INTERVENTION;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.CRITERION;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.GEMEENTE;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.GREMIUM;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.INDICATOR;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.LAYER;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.PRECONDITION_KIND;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.RESPONSIBILITY_KIND;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.RESPONSIBILITY_LEVEL;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.SCALE;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.THEME;
import static nl.regiokompas.command.assessment.ConcurrentChanges.refuseIfConflicting;
import static nl.regiokompas.command.common.Rules.optionalText;
import static nl.regiokompas.command.common.Rules.requireGiven;
import static nl.regiokompas.command.common.Rules.requireKnown;
import static nl.regiokompas.command.common.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One theme weighed by the participating gemeenten, cycle after cycle: inputs per cell, proposal revisions,
 * responsibilities, preconditions, confirmations by the bestuurders, local interventions, and the decision
 * that follows when every gemeente confirmed the current revision and no intervention is open.
 * <p>
 * Every command passes one {@link #guard} before its own rules. The state holds only what a rule reads; the
 * inputs themselves are for the query side; the state keeps only their leaning per cell ({@link InputCoverage}).
 */
// The revision of the state's shape: snapshots of another shape are ignored (Axon's RevisionSnapshotFilter) and the
// aggregate is sourced from its events instead. "package-1": inputs, the followed mandate and the package state.
@Revision("package-1")
@Aggregate(repository = "assessmentRepository", snapshotTriggerDefinition = "assessmentSnapshotTrigger")
public class Assessment {

    static final String DECIDED = "Dit afwegingstraject is bestuurlijk bevestigd; heropen het eerst.";

    /** The refusal per action that a role may do only for its own gemeente: own gemeente, then the other. */
    private static final Map<AssessmentAction, String> OWN_GEMEENTE_ONLY = Map.ofEntries(
            Map.entry(RECORD_INPUT, "Een strateeg geeft alleen input voor de eigen gemeente (%s), niet voor %s."),
            Map.entry(CONFIRM, "Een bestuurder bevestigt alleen voor de eigen gemeente (%s), niet voor %s."),
            Map.entry(INTERVENE, "U intervenieert alleen namens de eigen gemeente (%s), niet namens %s."),
            Map.entry(RECORD_SIGNAL, "Een strateeg signaleert alleen aan de bestuurder van de eigen gemeente (%s), niet van %s."),
            Map.entry(CONSENT_TO_DEVIATION, "U stemt alleen in namens de eigen gemeente (%s), niet namens %s."),
            Map.entry(RECORD_FORMAL_DECISION, "Een bestuurder legt alleen besluiten van de eigen gemeente (%s) vast, niet van %s."),
            Map.entry(WITHDRAW_CONFIRMATION, "Een bestuurder trekt alleen de bevestiging van de eigen gemeente (%s) in, niet die van %s."),
            Map.entry(RECORD_RAAD_VERDICT, "Een griffier legt alleen vast voor de eigen gemeente (%s), niet voor %s."),
            Map.entry(RECORD_ZIENSWIJZE, "Een griffier legt alleen vast voor de eigen gemeente (%s), niet voor %s."),
            Map.entry(RECORD_RAAD_INFORMED, "U legt het informeren van de raad alleen vast voor de eigen gemeente (%s), " + "niet voor %s."));

    @AggregateIdentifier
    private String assessmentId;
    private String themeCode;
    private FrameworkTerms terms;
    private List<String> gemeenten;
    private int cycle;
    private AssessmentStatus status;
    private Proposal proposal;
    private int highestRevision;
    private final List<Responsibility> responsibilities = new ArrayList<>();
    private final List<Precondition> preconditions = new ArrayList<>();
    private final Map<String, Confirmation> confirmationsByGemeente = new LinkedHashMap<>();
    private final Map<String, Intervention> interventions = new LinkedHashMap<>();
    // Ids stay unique over all cycles, so that each id names exactly one thing in the history.
    private final Set<String> usedIds = new HashSet<>();
    private String lastDecisionId;
    // process (issue 11 §3, §4): what the rules on signals, outcomes, formal decisions and gremia read
    private final Map<String, Signal> signals = new LinkedHashMap<>();
    private final Set<Integer> revisionsOfCycle = new HashSet<>();
    private final Set<List<Object>> confirmationsOfCycle = new HashSet<>();
    private final List<LocalException> acceptedExceptions = new ArrayList<>();
    private final Set<List<String>> formalDecisions = new HashSet<>();
    // The whole package (issue 11 sections 1 and 2): what the proposal rules read of the inputs, and the theme's
    // active mandate as the command side last told it (FollowThemeMandate).
    private final InputCoverage inputCoverage = new InputCoverage();
    private String activeMandateId;
    private long activeMandateVersion;
    private final RaadInvolvement raad = new RaadInvolvement();

    protected Assessment() {
    }

    public Assessment(OpenAssessment command, FrameworkTerms terms) {
        this(command, terms, ActiveMandate.NONE);
    }

    /** Opens the assessment under the theme's active mandate as the command side's lookup knows it. */
    public Assessment(OpenAssessment command, FrameworkTerms terms, ActiveMandate mandate) {
        String id = requireText("assessmentId", "het id van het afwegingstraject", command.assessmentId(),
                Limits.SHORT_TEXT);
        String theme = requireKnown("themeCode", "het thema", "Onbekend thema", command.themeCode(),
                Choices.of(terms, THEME, terms.themes()));
        String title = optionalText("title", "de titel", command.title(), Limits.SHORT_TEXT);
        apply(new AssessmentOpened(id, theme, title == null ? theme : title,
                participantsOf(command.gemeenten(), terms), terms.version(), 1, terms, mandate.mandateId(),
                mandate.version()));
    }

    private static List<String> participantsOf(List<String> requested, FrameworkTerms terms) {
        if (requested == null || requested.isEmpty()) {
            return List.copyOf(terms.gemeenten());
        }
        Set<String> seen = new HashSet<>();
        for (String gemeente : requested) {
            requireKnown("gemeenten", "een gemeente", "Onbekende gemeente", gemeente,
                    Choices.of(terms, GEMEENTE, terms.gemeenten()));
            if (!seen.add(gemeente)) {
                throw RuleViolation.invalid("gemeenten", "Gemeente " + terms.nameOf(GEMEENTE, gemeente)
                        + " staat dubbel in de lijst.");
            }
        }
        if (requested.size() < 2) {
            throw RuleViolation.invalid("gemeenten", "Een afwegingstraject vraagt ten minste 2 gemeenten; gekozen: "
                    + terms.namesOf(GEMEENTE, requested) + ".");
        }
        return List.copyOf(requested);
    }

    @CommandHandler
    public long handle(RecordCriterionInput command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RECORD_INPUT, metaData, conflictResolver);
        requireParticipant(command.gemeente());
        requireKnown("layer", "de laag", "Onbekende laag", command.layer(), Choices.of(terms, LAYER, terms.layers()));
        requireKnown("criterion", "het criterium", "Onbekend criterium", command.criterion(),
                Choices.of(terms, CRITERION, terms.criteria()));
        String leaning = command.leaning() == null || command.leaning().isBlank() ? null
                : requireKnown("leaning", "de neiging", "Onbekende schaal", command.leaning(),
                Choices.of(terms, SCALE, terms.scales()));
        String text = requireText("text", "de toelichting", command.text(), Limits.LONG_TEXT);
        List<String> indicators = indicatorsOf(command.indicators());
        apply(new CriterionInputRecorded(assessmentId, cycle, command.gemeente(), command.layer(),
                command.criterion(), leaning, text, indicators));
        return getVersion();
    }

    @CommandHandler
    public ProposalOutcome handle(ProposeThemeScale command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, PROPOSE_SCALE, metaData, conflictResolver);
        Map<String, String> scales = scalePerLayer(command.scales());
        String rationale = requireText("rationale", "de onderbouwing", command.rationale(), Limits.LONG_TEXT);
        ProposalGrounds.requireInputOfEveryone(inputCoverage, gemeenten, terms);
        Map<String, String> deviations = ProposalGrounds.deviations(scales, command.deviations(), inputCoverage, terms);
        int revision = highestRevision + 1;
        apply(new ThemeScaleProposed(assessmentId, cycle, revision, scales, rationale, deviations, activeMandateId));
        return new ProposalOutcome(revision, getVersion());
    }

    private Map<String, String> scalePerLayer(Map<String, String> requested) {
        requireGiven("scales", "een schaal per laag", requested);
        for (String layer : requested.keySet()) {
            requireKnown("scales", "een laag", "Onbekende laag", layer, Choices.of(terms, LAYER, terms.layers()));
        }
        Choices scaleChoices = Choices.of(terms, SCALE, terms.scales());
        Map<String, String> scales = new LinkedHashMap<>();
        for (String layer : terms.layers()) {
            String layerName = terms.nameOf(LAYER, layer);
            String scale = requested.get(layer);
            if (scale == null || scale.isBlank()) {
                throw RuleViolation.invalid("scales", "Kies een schaal voor laag " + layerName + " uit "
                        + scaleChoices.names() + ".");
            }
            scales.put(layer, requireKnown("scales", "een schaal voor laag " + layerName,
                    "Onbekende schaal voor laag " + layerName, scale, scaleChoices));
        }
        return scales;
    }

    @CommandHandler
    public long handle(AssignResponsibility command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, ASSIGN_RESPONSIBILITY, metaData, conflictResolver);
        requireKnown("layer", "de laag", "Onbekende laag", command.layer(), Choices.of(terms, LAYER, terms.layers()));
        requireKnown("kind", "het soort verantwoordelijkheid", "Onbekend soort verantwoordelijkheid", command.kind(),
                Choices.of(terms, RESPONSIBILITY_KIND, terms.responsibilityKinds()));
        requireKnown("level", "het niveau", "Onbekend niveau", command.level(),
                Choices.of(terms, RESPONSIBILITY_LEVEL, terms.responsibilityLevels()));
        String holder = requireText("holder", "de verantwoordelijke", command.holder(), Limits.SHORT_TEXT);
        apply(new ResponsibilityAssigned(assessmentId, cycle, command.layer(), command.kind(), command.level(),
                holder));
        revisePackage(PackageRevised.RESPONSIBILITY);
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordPrecondition command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RECORD_PRECONDITION, metaData, conflictResolver);
        String preconditionId = requireNewId("preconditionId", "Randvoorwaarde", command.preconditionId());
        requireKnown("kind", "de soort randvoorwaarde", "Onbekende soort randvoorwaarde", command.kind(),
                Choices.of(terms, PRECONDITION_KIND, terms.preconditionKinds()));
        String text = requireText("text", "de randvoorwaarde", command.text(), Limits.LONG_TEXT);
        String owner = optionalText("owner", "de eigenaar", command.owner(), Limits.SHORT_TEXT);
        apply(new PreconditionRecorded(assessmentId, cycle, preconditionId, command.kind(), text, owner,
                command.reviewDate()));
        revisePackage(PackageRevised.PRECONDITION);
        return getVersion();
    }

    @CommandHandler
    public ConfirmationOutcome handle(ConfirmByBestuurder command, MetaData metaData, ConflictResolver conflictResolver,
                                      KaderLookup kaders) {
        guard(command, CONFIRM, metaData, conflictResolver);
        requireParticipant(command.gemeente());
        if (proposal == null) {
            throw RuleViolation.illegalState("Er is nog geen voorstel om te bevestigen.");
        }
        if (command.revision() != proposal.revision()) {
            throw RuleViolation.illegalState("Revisie " + command.revision() + " is niet het actuele voorstel; "
                    + "het actuele voorstel is revisie " + proposal.revision() + ".");
        }
        if (confirmationsByGemeente.containsKey(command.gemeente())) {
            throw RuleViolation.illegalState("De bestuurder van " + terms.nameOf(GEMEENTE, command.gemeente())
                    + " heeft revisie " + proposal.revision() + " al bevestigd.");
        }
        PackageCompleteness.require(proposal, responsibilities, preconditions, activeMandateId, terms);
        raad.requireNoZienswijzeWaiting(proposal.revision(), gemeenten, terms);
        List<KaderAnswer> answers = KaderAnswers.check(command.kaders(), kaders.of(command.gemeente(), themeCode),
                terms.nameOf(GEMEENTE, command.gemeente()));
        String note = optionalText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        apply(new ConfirmedByBestuurder(assessmentId, cycle, command.gemeente(), proposal.revision(), note));
        if (!answers.isEmpty()) {
            apply(new KadersAnswered(assessmentId, cycle, command.gemeente(), proposal.revision(), answers,
                    !KaderAnswers.allWithin(answers)));
        }
        boolean decided = decideWhenComplete();
        return new ConfirmationOutcome(getVersion(), decided);
    }

    @CommandHandler
    public long handle(IntervenLocally command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, INTERVENE, metaData, conflictResolver);
        String interventionId = requireNewId("interventionId", "Interventie", command.interventionId());
        requireParticipant(command.gemeente());
        requireKnown("layer", "de laag", "Onbekende laag", command.layer(), Choices.of(terms, LAYER, terms.layers()));
        requireGiven("kind", "de soort interventie", command.kind());
        String reason = requireText("reason", "de reden", command.reason(), Limits.LONG_TEXT);
        String mandateId = optionalText("mandateId", "het mandaat", command.mandateId(), Limits.SHORT_TEXT);
        Signal signal = command.signalId() == null ? null : openSignalOf(command.signalId(), command.gemeente());
        apply(new LocalInterventionOpened(assessmentId, cycle, interventionId, command.gemeente(), command.layer(),
                command.kind(), reason, mandateId, proposal == null ? 0 : proposal.revision()));
        if (signal != null) {
            apply(new SignalClosed(assessmentId, cycle, signal.signalId(), signal.gemeente(),
                    "Omgezet in een interventie.", interventionId));
        }
        return getVersion();
    }

    @CommandHandler
    public long handle(ResolveIntervention command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RESOLVE_INTERVENTION, metaData, conflictResolver);
        Intervention intervention = openIntervention(command.interventionId());
        Integer revision = new InterventionOutcomeRules(terms).check(
                new InterventionOutcomeRules.Chosen(command.outcome(), command.revision(), command.bestuurstafelOn()),
                new InterventionOutcomeRules.Filed(intervention.gemeente(), intervention.revision()),
                Caller.from(metaData), revisionsOfCycle, () -> deviationAwaitsConsents(intervention));
        String note = requireText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        if (command.outcome() == InterventionOutcome.DOORVERWEZEN) {
            apply(new InterventionReferred(assessmentId, cycle, intervention.interventionId(), intervention.gemeente(),
                    command.bestuurstafelOn(), note));
            return getVersion();
        }
        apply(new InterventionResolved(assessmentId, cycle, intervention.interventionId(), intervention.gemeente(),
                command.outcome(), note, revision));
        decideWhenComplete();
        return getVersion();
    }

    /** A deviation is accepted by the consents of every other participant ({@code ConsentToDeviation}) only. */
    private RuleViolation deviationAwaitsConsents(Intervention intervention) {
        return RuleViolation.illegalState("Een lokale afwijking is aanvaard zodra de bestuurders van alle andere "
                + "deelnemers ermee instemmen; nog niet ingestemd: " + terms.namesOf(GEMEENTE, gemeenten.stream()
                .filter(g -> !g.equals(intervention.gemeente())).filter(g -> !intervention.consents().contains(g))
                .toList()) + ".");
    }

    private Intervention openIntervention(String interventionId) {
        return existingOpen("Interventie", interventionId, interventions.get(interventionId), Intervention::open);
    }

    /** {@code found} when it exists in this cycle (404 otherwise) and is still open (409 otherwise). */
    private static <T> T existingOpen(String thing, String id, T found, java.util.function.Predicate<T> open) {
        if (found == null) {
            throw RuleViolation.notFound(thing + " '" + id + "' bestaat niet in deze cyclus van het afwegingstraject.");
        }
        if (!open.test(found)) {
            throw RuleViolation.illegalState(thing + " '" + id + "' is al afgehandeld.");
        }
        return found;
    }

    // ---- process (issue 11 §3): signals and the consent that accepts a local deviation ----------------------

    @CommandHandler
    public long handle(RecordSignal command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RECORD_SIGNAL, metaData, conflictResolver);
        String signalId = requireNewId("signalId", "Signaal", command.signalId());
        requireParticipant(command.gemeente());
        requireKnown("layer", "de laag", "Onbekende laag", command.layer(), Choices.of(terms, LAYER, terms.layers()));
        String text = requireText("text", "het signaal", command.text(), Limits.LONG_TEXT);
        apply(new SignalRecorded(assessmentId, cycle, signalId, command.gemeente(), command.layer(), text));
        return getVersion();
    }

    @CommandHandler
    public long handle(CloseSignal command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, HANDLE_SIGNAL, metaData, conflictResolver);
        Signal signal = openSignalOf(command.signalId(), Caller.from(metaData).gemeente());
        String note = requireText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        apply(new SignalClosed(assessmentId, cycle, signal.signalId(), signal.gemeente(), note, null));
        return getVersion();
    }

    /** The open signal {@code signalId}, which only the bestuurder of its own gemeente {@code gemeente} handles. */
    private Signal openSignalOf(String signalId, String gemeente) {
        Signal signal = existingOpen("Signaal", signalId, signals.get(signalId), Signal::open);
        if (!signal.gemeente().equals(gemeente)) {
            throw RuleViolation.notAllowed("Dit signaal is voor de bestuurder van " + terms.nameOf(GEMEENTE, signal.gemeente())
                    + ".");
        }
        return signal;
    }

    @CommandHandler
    public long handle(ConsentToDeviation command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, CONSENT_TO_DEVIATION, metaData, conflictResolver);
        requireParticipant(command.gemeente());
        Intervention intervention = openIntervention(command.interventionId());
        String name = terms.nameOf(GEMEENTE, command.gemeente());
        if (intervention.gemeente().equals(command.gemeente())) {
            throw RuleViolation.illegalState("De andere deelnemers stemmen in met de afwijking van " + name
                    + "; " + name + " zelf niet.");
        }
        if (intervention.consents().contains(command.gemeente())) {
            throw RuleViolation.illegalState(name + " heeft al ingestemd met deze afwijking.");
        }
        String note = optionalText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        apply(new DeviationConsented(assessmentId, cycle, intervention.interventionId(), command.gemeente(), note));
        List<String> others = gemeenten.stream().filter(g -> !g.equals(intervention.gemeente())).toList();
        if (interventions.get(intervention.interventionId()).consents().containsAll(others)) {
            apply(new InterventionResolved(assessmentId, cycle, intervention.interventionId(), intervention.gemeente(),
                    InterventionOutcome.AFWIJKING_AANVAARD, "De bestuurders van " + terms.namesOf(GEMEENTE, others)
                    + " stemden in: " + terms.nameOf(GEMEENTE, intervention.gemeente()) + " doet "
                    + terms.nameOf(LAYER, intervention.layer()) + " lokaal.", null));
            decideWhenComplete();
        }
        return getVersion();
    }

    // ---- process (issue 11 §4): formal decisions, gremia, follow-up -----------------------------------------

    @CommandHandler
    public long handle(RecordFormalDecision command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RECORD_FORMAL_DECISION, metaData, conflictResolver);
        FormalBody body = requireGiven("body", "het orgaan (college, raad of Bestuurstafel)", command.body());
        if (Caller.from(metaData).role() == Role.PROGRAMMATEAM && body != FormalBody.BESTUURSTAFEL) {
            throw RuleViolation.notAllowed("Het programmateam legt alleen besluiten van de Bestuurstafel vast; een "
                    + "besluit van college of raad legt de bestuurder van die gemeente vast.");
        }
        if (body != FormalBody.BESTUURSTAFEL || command.gemeente() != null) {
            requireParticipant(command.gemeente());
        }
        requireGiven("date", "de datum van het besluit", command.date());
        String reference = requireText("reference", "het kenmerk", command.reference(), Limits.SHORT_TEXT);
        String url = FormalDecisionLinks.optionalUrl(command.url());
        List<String> key = formalDecisionKey(command.gemeente(), body);
        if (formalDecisions.contains(key)) {
            throw RuleViolation.illegalState("Het besluit van " + FormalDecisionLinks.bodyName(body, 
                    terms.nameOf(GEMEENTE, command.gemeente())) + " is al vastgelegd.");
        }
        apply(new FormalDecisionRecorded(assessmentId, cycle, lastDecisionId, command.gemeente(), body,
                command.date(), reference, url));
        return getVersion();
    }

    /** The Bestuurstafel decides once for the region; a college or raad once per gemeente. */
    private static List<String> formalDecisionKey(String gemeente, FormalBody body) {
        return body == FormalBody.BESTUURSTAFEL ? List.of(body.name()) : List.of(body.name(), gemeente);
    }

    @CommandHandler
    public long handle(RecordGremiumDiscussion command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RECORD_GREMIUM_DISCUSSION, metaData, conflictResolver);
        String gremium = requireKnown("gremium", "het gremium", "Onbekend gremium", command.gremium(),
                Choices.of(terms, GREMIUM, terms.gremia()));
        requireGiven("date", "de datum van het overleg", command.date());
        if (!revisionsOfCycle.contains(command.revision())) {
            throw RuleViolation.invalid("revision", "Revisie " + command.revision()
                    + " bestaat niet in deze cyclus van het afwegingstraject.");
        }
        DiscussionSubject subject = DiscussionSubject.REVISIE;
        if (command.gemeente() != null && !command.gemeente().isBlank()) {
            requireParticipant(command.gemeente());
            if (!confirmationsOfCycle.contains(List.of(command.gemeente(), command.revision()))) {
                throw RuleViolation.illegalState("De bestuurder van " + terms.nameOf(GEMEENTE, command.gemeente())
                        + " heeft revisie " + command.revision() + " niet bevestigd.");
            }
            subject = DiscussionSubject.BEVESTIGING;
        }
        String note = optionalText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        apply(new GremiumDiscussionRecorded(assessmentId, cycle, gremium, command.date(), subject, command.revision(),
                subject == DiscussionSubject.BEVESTIGING ? command.gemeente() : null, note));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordFollowUp command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RECORD_FOLLOW_UP, metaData, conflictResolver);
        requireGiven("followUp", "het vervolg (direct opgepakt, nadere uitwerking of meer voorbereiding)",
                command.followUp());
        String note = optionalText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        apply(new FollowUpRecorded(assessmentId, cycle, lastDecisionId, command.followUp(), note));
        return getVersion();
    }

    @CommandHandler
    public ReopenOutcome handle(ReopenAssessment command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, REOPEN, metaData, conflictResolver);
        String reason = requireText("reason", "de reden", command.reason(), Limits.LONG_TEXT);
        apply(new AssessmentReopened(assessmentId, cycle + 1, lastDecisionId, reason));
        return new ReopenOutcome(cycle, getVersion());
    }

    @CommandHandler
    public long handle(RecordGovernanceForm command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RECORD_GOVERNANCE_FORM, metaData, conflictResolver);
        // Phase 4 moved to the form weighing; forms recorded here before stay in the history.
        throw RuleViolation.illegalState(GovernanceFormByWeighing.REFUSAL);
    }

    // ---- The whole package (issue 11 sections 1 and 2) ----

    @CommandHandler
    public long handle(WithdrawConfirmation command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, WITHDRAW_CONFIRMATION, metaData, conflictResolver);
        requireParticipant(command.gemeente());
        Confirmation confirmation = confirmationsByGemeente.get(command.gemeente());
        if (proposal == null || confirmation == null) {
            throw RuleViolation.illegalState("De bestuurder van " + terms.nameOf(GEMEENTE, command.gemeente())
                    + " heeft het actuele voorstel niet bevestigd; er is niets in te trekken.");
        }
        String reason = requireText("reason", "de reden", command.reason(), Limits.LONG_TEXT);
        apply(new ConfirmationWithdrawn(assessmentId, cycle, command.gemeente(), confirmation.revision(), reason));
        return getVersion();
    }

    @CommandHandler
    public long handle(ChangePreconditionStatus command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, CHANGE_PRECONDITION_STATUS, metaData, conflictResolver);
        Precondition precondition = preconditions.stream()
                .filter(p -> p.preconditionId().equals(command.preconditionId())).findFirst()
                .orElseThrow(() -> RuleViolation.notFound("Randvoorwaarde '" + command.preconditionId()
                        + "' bestaat niet in deze cyclus van het afwegingstraject."));
        requireGiven("status", "de status (open, geregeld of vervallen)", command.status());
        String note = requireText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        apply(new PreconditionStatusChanged(assessmentId, cycle, precondition.preconditionId(), command.status(), note,
                command.reviewDate()));
        return getVersion();
    }

    /**
     * Sent by the command side itself ({@code ThemeMandateFollower}), never over HTTP, so no person's role is
     * checked: the theme's active mandate changed. A current, undecided package falls under it from now on as a new
     * revision.
     */
    @CommandHandler
    public long handle(FollowThemeMandate command) {
        boolean same = java.util.Objects.equals(command.mandateId(), activeMandateId)
                && command.mandateVersion() == activeMandateVersion;
        if (!same) {
            apply(new ThemeMandateFollowed(assessmentId, cycle, command.mandateId(), command.mandateVersion()));
            if (status != AssessmentStatus.BESLOTEN) {
                revisePackage(PackageRevised.MANDATE);
            }
        }
        return getVersion();
    }

    /** A change of the package after a proposal makes it a new revision, which voids earlier confirmations. */
    private void revisePackage(String cause) {
        if (proposal != null) {
            apply(new PackageRevised(assessmentId, cycle, highestRevision + 1, cause, activeMandateId));
        }
    }

    private List<String> indicatorsOf(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return List.of();
        }
        Choices choices = Choices.of(terms, INDICATOR, terms.indicators());
        Set<String> marked = new java.util.LinkedHashSet<>();
        for (String indicator : requested) {
            marked.add(requireKnown("indicators", "een indicator van de uitkomstrichtlijn", "Onbekende indicator",
                    indicator, choices));
        }
        return List.copyOf(marked);
    }

    // --- The gemeenteraad's part (issue 12): verdicts, zienswijzen, informing. Rules in RaadInvolvement. ---

    @CommandHandler
    public ConfirmationOutcome handle(RecordRaadVerdict command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RECORD_RAAD_VERDICT, metaData, conflictResolver);
        requireParticipant(command.gemeente());
        raad.requireWaitingForVerdict(command.gemeente(), command.revision(), terms);
        requireGiven("agreed", "of de raad instemt (agreed)", command.agreed());
        apply(new RaadVerdictRecorded(assessmentId, cycle, command.gemeente(), command.revision(), command.agreed(),
                RaadsbesluitRules.require("raadsbesluit", command.raadsbesluit())));
        boolean decided = decideWhenComplete();
        return new ConfirmationOutcome(getVersion(), decided);
    }

    @CommandHandler
    public long handle(OpenZienswijzePeriod command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, OPEN_ZIENSWIJZE_PERIOD, metaData, conflictResolver);
        if (proposal == null) {
            throw RuleViolation.illegalState("Er is nog geen voorstel om de raden een zienswijze op te vragen.");
        }
        raad.requireZienswijzePeriodMayOpen(proposal.revision(), command.endsOn(), !confirmationsByGemeente.isEmpty());
        apply(new ZienswijzePeriodOpened(assessmentId, cycle, proposal.revision(), command.endsOn()));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordZienswijze command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RECORD_ZIENSWIJZE, metaData, conflictResolver);
        requireParticipant(command.gemeente());
        raad.requireZienswijzeMayBeRecorded(proposal == null ? 0 : proposal.revision(), command.gemeente(), terms);
        String text = requireText("text", "de zienswijze", command.text(), Limits.LONG_TEXT);
        apply(new ZienswijzeRecorded(assessmentId, cycle, proposal.revision(), command.gemeente(), text,
                RaadsbesluitRules.require("raadsbesluit", command.raadsbesluit())));
        return getVersion();
    }

    @CommandHandler
    public long handle(AnswerZienswijze command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, ANSWER_ZIENSWIJZE, metaData, conflictResolver);
        requireParticipant(command.gemeente());
        raad.requireZienswijzeMayBeAnswered(command.revision(), command.gemeente(), highestRevision, terms);
        String text = requireText("text", "het antwoord op de zienswijze", command.text(), Limits.LONG_TEXT);
        apply(new ZienswijzeAnswered(assessmentId, cycle, command.revision(), command.gemeente(), highestRevision,
                text));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordRaadInformed command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RECORD_RAAD_INFORMED, metaData, conflictResolver);
        requireParticipant(command.gemeente());
        Confirmation confirmation = confirmationsByGemeente.get(command.gemeente());
        if (confirmation == null) {
            throw RuleViolation.illegalState("De bestuurder van " + terms.nameOf(GEMEENTE, command.gemeente())
                    + " heeft in deze cyclus nog niet bevestigd; de raad wordt na de bevestiging geïnformeerd.");
        }
        String reference = InformingRules.requireReference(command.kind(), command.date(), command.reference());
        apply(new RaadInformed(assessmentId, cycle, command.gemeente(), confirmation.revision(), command.kind(),
                command.date(), reference));
        return getVersion();
    }

    /**
     * What every command passes first, in this order: the caller's role may do {@code action}; a role that acts
     * only for its own gemeente acts for that one; no unseen change conflicts ({@link ConflictRules}); the
     * assessment is in a state that allows the action (open, or decided for reopening and the form of
     * cooperation).
     */
    private void guard(Object command, AssessmentAction action, MetaData metaData, ConflictResolver conflictResolver) {
        Caller caller = Caller.from(metaData);
        caller.require(action);
        String ownGemeenteOnly = OWN_GEMEENTE_ONLY.get(action);
        String gemeente = gemeenteActedFor(command);
        if (ownGemeenteOnly != null && !action.allowsFor(caller.role(), caller.gemeente(), gemeente)) {
            throw RuleViolation.notAllowed(String.format(ownGemeenteOnly, terms.nameOf(GEMEENTE, caller.gemeente()),
                    terms.nameOf(GEMEENTE, gemeente)));
        }
        refuseIfConflicting(conflictResolver, command, terms);
        switch (action) {
            case REOPEN -> requireDecided("Alleen een bestuurlijk bevestigd afwegingstraject kan worden heropend.");
            case RECORD_GOVERNANCE_FORM -> requireDecided("De samenwerkingsvorm volgt uit de inhoud; "
                    + "die moet eerst bestuurlijk bevestigd zijn.");
            case RECORD_FORMAL_DECISION -> requireDecided("Een formeel besluit volgt op de bestuurlijke bevestiging; "
                    + "die is er nog niet.");
            case RECORD_FOLLOW_UP -> requireDecided("Het vervolg wordt vastgelegd na de bestuurlijke bevestiging; "
                    + "die is er nog niet.");
            case RECORD_GREMIUM_DISCUSSION -> {
                // a gremium may discuss a revision or confirmation also after the bestuurlijke bevestiging
            }
            case CHANGE_PRECONDITION_STATUS -> {
                // Follow-up of preconditions goes on after the bestuurlijke bevestiging.
            }
            case RECORD_RAAD_INFORMED -> {
                // the raad is informed after the confirmation, also once the assessment is decided
            }
            default -> requireNotDecided();
        }
    }

    private static String gemeenteActedFor(Object command) {
        if (command instanceof RecordCriterionInput input) {
            return input.gemeente();
        }
        if (command instanceof ConfirmByBestuurder confirmation) {
            return confirmation.gemeente();
        }
        if (command instanceof IntervenLocally intervention) {
            return intervention.gemeente();
        }
        if (command instanceof RecordSignal signal) {
            return signal.gemeente();
        }
        if (command instanceof ConsentToDeviation consent) {
            return consent.gemeente();
        }
        if (command instanceof RecordFormalDecision formal) {
            return formal.gemeente();
        }
        if (command instanceof WithdrawConfirmation withdrawal) {
            return withdrawal.gemeente();
        }
        if (command instanceof RecordRaadVerdict verdict) {
            return verdict.gemeente();
        }
        if (command instanceof RecordZienswijze zienswijze) {
            return zienswijze.gemeente();
        }
        if (command instanceof RecordRaadInformed informed) {
            return informed.gemeente();
        }
        return null;
    }

    /**
     * Records the bestuurlijke bevestiging when every gemeente confirmed the current revision and no intervention is
     * open, with the local exceptions the region accepted in this cycle.
     */
    private boolean decideWhenComplete() {
        boolean complete = proposal != null && confirmationsByGemeente.keySet().containsAll(gemeenten)
                && interventions.values().stream().noneMatch(Intervention::open) && raad.noConfirmationWaiting();
        if (complete) {
            apply(new DecisionRecorded(assessmentId, UUID.randomUUID().toString(), themeCode, cycle,
                    proposal.revision(), proposal.scales(), List.copyOf(responsibilities),
                    List.copyOf(preconditions), confirmationsInGemeenteOrder(), List.copyOf(acceptedExceptions),
                    proposal.mandateId(), proposal.deviations()));
        }
        return complete;
    }

    private List<Confirmation> confirmationsInGemeenteOrder() {
        return gemeenten.stream().map(confirmationsByGemeente::get).toList();
    }

    private void requireNotDecided() {
        if (status == AssessmentStatus.BESLOTEN) {
            throw RuleViolation.illegalState(DECIDED);
        }
    }

    private void requireDecided(String refusal) {
        if (status != AssessmentStatus.BESLOTEN) {
            throw RuleViolation.illegalState(refusal);
        }
    }

    private void requireParticipant(String gemeente) {
        if (gemeente == null || !gemeenten.contains(gemeente)) {
            throw RuleViolation.invalid("gemeente", "Gemeente '" + terms.nameOf(GEMEENTE, gemeente)
                    + "' neemt niet deel aan dit afwegingstraject; deelnemers: " + terms.namesOf(GEMEENTE, gemeenten)
                    + ".");
        }
    }

    private String requireNewId(String field, String thing, String id) {
        String given = requireText(field, "het id", id, Limits.SHORT_TEXT);
        if (usedIds.contains(given)) {
            throw RuleViolation.illegalState(thing + " '" + given + "' bestaat al.");
        }
        return given;
    }

    @EventSourcingHandler
    void on(AssessmentOpened event) {
        assessmentId = event.assessmentId();
        themeCode = event.themeCode();
        terms = event.terms();
        gemeenten = List.copyOf(event.gemeenten());
        cycle = event.cycle();
        status = AssessmentStatus.OPEN;
        activeMandateId = event.mandateId();
        activeMandateVersion = event.mandateVersion();
    }

    @EventSourcingHandler
    void on(CriterionInputRecorded event) {
        inputCoverage.record(event.gemeente(), event.layer(), event.criterion(), event.leaning());
    }

    @EventSourcingHandler
    void on(ThemeScaleProposed event) {
        proposal = new Proposal(event.revision(), event.scales(), event.deviations(), event.mandateId());
        highestRevision = Math.max(highestRevision, event.revision());
        revisionsOfCycle.add(event.revision());
        confirmationsByGemeente.clear();
        raad.proposed();
        status = AssessmentStatus.VOORGESTELD;
    }

    @EventSourcingHandler
    void on(ResponsibilityAssigned event) {
        responsibilities.removeIf(r -> r.layer().equals(event.layer()) && r.kind().equals(event.kind()));
        responsibilities.add(new Responsibility(event.layer(), event.kind(), event.level(), event.holder()));
    }

    @EventSourcingHandler
    void on(PreconditionRecorded event) {
        usedIds.add(event.preconditionId());
        preconditions.add(new Precondition(event.preconditionId(), event.kind(), event.text(), event.owner(),
                event.reviewDate(), null, null));
    }

    @EventSourcingHandler
    void on(PreconditionStatusChanged event) {
        preconditions.replaceAll(p -> p.preconditionId().equals(event.preconditionId())
                ? new Precondition(p.preconditionId(), p.kind(), p.text(), p.owner(), event.reviewDate(),
                event.status().name(), event.note())
                : p);
    }

    @EventSourcingHandler
    void on(PackageRevised event) {
        proposal = proposal.revised(event.revision(), event.mandateId());
        highestRevision = Math.max(highestRevision, event.revision());
        revisionsOfCycle.add(event.revision());
        confirmationsByGemeente.clear();
        raad.proposed();
    }

    @EventSourcingHandler
    void on(ThemeMandateFollowed event) {
        activeMandateId = event.mandateId();
        activeMandateVersion = event.mandateVersion();
    }

    @EventSourcingHandler
    void on(ConfirmationWithdrawn event) {
        confirmationsByGemeente.remove(event.gemeente());
    }

    @EventSourcingHandler
    void on(ConfirmedByBestuurder event, @MetaDataValue(AuditMetaData.USER_ID) String userId,
            @Timestamp Instant timestamp) {
        confirmationsByGemeente.put(event.gemeente(),
                new Confirmation(event.gemeente(), event.revision(), userId, timestamp, event.note()));
        confirmationsOfCycle.add(List.of(event.gemeente(), event.revision()));
    }

    @EventSourcingHandler
    void on(LocalInterventionOpened event) {
        usedIds.add(event.interventionId());
        interventions.put(event.interventionId(), new Intervention(event.interventionId(), event.gemeente(),
                event.layer(), event.revision() == null ? 0 : event.revision()));
    }

    @EventSourcingHandler
    void on(InterventionResolved event) {
        interventions.computeIfPresent(event.interventionId(), (id, intervention) -> intervention.resolved());
        Intervention resolved = interventions.get(event.interventionId());
        if (event.outcome() == InterventionOutcome.AFWIJKING_AANVAARD && resolved != null) {
            acceptedExceptions.add(new LocalException(resolved.gemeente(), resolved.layer(), resolved.interventionId()));
        }
    }

    @EventSourcingHandler
    void on(SignalRecorded event) {
        usedIds.add(event.signalId());
        signals.put(event.signalId(), new Signal(event.signalId(), event.gemeente(), true));
    }

    @EventSourcingHandler
    void on(SignalClosed event) {
        signals.computeIfPresent(event.signalId(), (id, signal) -> signal.closed());
    }

    @EventSourcingHandler
    void on(DeviationConsented event) {
        interventions.computeIfPresent(event.interventionId(), (id, intervention) -> intervention.consentedBy(
                event.gemeente()));
    }

    @EventSourcingHandler
    void on(FormalDecisionRecorded event) {
        formalDecisions.add(formalDecisionKey(event.gemeente(), event.body()));
    }

    @EventSourcingHandler
    void on(DecisionRecorded event) {
        lastDecisionId = event.decisionId();
        status = AssessmentStatus.BESLOTEN;
    }

    @EventSourcingHandler
    void on(AssessmentReopened event) {
        cycle = event.cycle();
        status = AssessmentStatus.OPEN;
        proposal = null;
        responsibilities.clear();
        preconditions.clear();
        confirmationsByGemeente.clear();
        interventions.clear();
        signals.clear();
        revisionsOfCycle.clear();
        confirmationsOfCycle.clear();
        acceptedExceptions.clear();
        formalDecisions.clear();
        inputCoverage.clear();
        raad.reopened();
    }

    // --- The gemeenteraad's part (issue 12) ---

    @EventSourcingHandler
    void on(KadersAnswered event) {
        raad.on(event);
    }

    @EventSourcingHandler
    void on(RaadVerdictRecorded event) {
        raad.on(event);
        if (!event.agreed()) {
            confirmationsByGemeente.remove(event.gemeente());
        }
    }

    @EventSourcingHandler
    void on(ZienswijzePeriodOpened event) {
        raad.on(event);
    }

    @EventSourcingHandler
    void on(ZienswijzeRecorded event) {
        raad.on(event);
    }

    @EventSourcingHandler
    void on(ZienswijzeAnswered event) {
        raad.on(event);
    }
}
