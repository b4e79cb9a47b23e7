package nl.regiokompas.command.assessment;

import nl.regiokompas.api.assessment.AssessmentOpened;
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
import nl.regiokompas.api.assessment.GovernanceFormRecorded;
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
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.assessment.AssessmentAction;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.common.Choices;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.regiokompas.api.assessment.AssessmentAction.ASSIGN_RESPONSIBILITY;
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
import static nl.regiokompas.api.framework.FrameworkTerms.Term.GOVERNANCE_FORM;
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
 * inputs themselves are for the query side.
 */
@Aggregate(repository = "assessmentRepository", snapshotTriggerDefinition = "assessmentSnapshotTrigger")
public class Assessment {

    static final String DECIDED = "Dit afwegingstraject is besloten; heropen het eerst.";

    /** The refusal per action that a role may do only for its own gemeente: own gemeente, then the other. */
    private static final Map<AssessmentAction, String> OWN_GEMEENTE_ONLY = Map.of(
            RECORD_INPUT, "Een strateeg geeft alleen input voor de eigen gemeente (%s), niet voor %s.",
            CONFIRM, "Een bestuurder bevestigt alleen voor de eigen gemeente (%s), niet voor %s.",
            INTERVENE, "U intervenieert alleen namens de eigen gemeente (%s), niet namens %s.");

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

    protected Assessment() {
    }

    public Assessment(OpenAssessment command, FrameworkTerms terms) {
        String id = requireText("assessmentId", "het id van het afwegingstraject", command.assessmentId(),
                Limits.SHORT_TEXT);
        String theme = requireKnown("themeCode", "het thema", "Onbekend thema", command.themeCode(),
                Choices.of(terms, THEME, terms.themes()));
        String title = optionalText("title", "de titel", command.title(), Limits.SHORT_TEXT);
        apply(new AssessmentOpened(id, theme, title == null ? theme : title,
                participantsOf(command.gemeenten(), terms), terms.version(), 1, terms));
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
        apply(new CriterionInputRecorded(assessmentId, cycle, command.gemeente(), command.layer(),
                command.criterion(), leaning, text));
        return getVersion();
    }

    @CommandHandler
    public ProposalOutcome handle(ProposeThemeScale command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, PROPOSE_SCALE, metaData, conflictResolver);
        Map<String, String> scales = scalePerLayer(command.scales());
        String rationale = requireText("rationale", "de onderbouwing", command.rationale(), Limits.LONG_TEXT);
        int revision = highestRevision + 1;
        apply(new ThemeScaleProposed(assessmentId, cycle, revision, scales, rationale));
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
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordPrecondition command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RECORD_PRECONDITION, metaData, conflictResolver);
        String preconditionId = requireNewId("preconditionId", "Randvoorwaarde", command.preconditionId());
        requireKnown("kind", "de soort randvoorwaarde", "Onbekende soort randvoorwaarde", command.kind(),
                Choices.of(terms, PRECONDITION_KIND, terms.preconditionKinds()));
        String text = requireText("text", "de randvoorwaarde", command.text(), Limits.LONG_TEXT);
        apply(new PreconditionRecorded(assessmentId, cycle, preconditionId, command.kind(), text));
        return getVersion();
    }

    @CommandHandler
    public ConfirmationOutcome handle(ConfirmByBestuurder command, MetaData metaData, ConflictResolver conflictResolver) {
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
        String note = optionalText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        apply(new ConfirmedByBestuurder(assessmentId, cycle, command.gemeente(), proposal.revision(), note));
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
        apply(new LocalInterventionOpened(assessmentId, cycle, interventionId, command.gemeente(), command.layer(),
                command.kind(), reason));
        return getVersion();
    }

    @CommandHandler
    public long handle(ResolveIntervention command, MetaData metaData, ConflictResolver conflictResolver) {
        guard(command, RESOLVE_INTERVENTION, metaData, conflictResolver);
        Intervention intervention = interventions.get(command.interventionId());
        if (intervention == null) {
            throw RuleViolation.notFound("Interventie '" + command.interventionId()
                    + "' bestaat niet in deze cyclus van het afwegingstraject.");
        }
        if (!intervention.open()) {
            throw RuleViolation.illegalState("Interventie '" + command.interventionId() + "' is al afgehandeld.");
        }
        requireGiven("outcome", "de uitkomst (ingetrokken, overgenomen of verworpen)", command.outcome());
        String note = requireText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        apply(new InterventionResolved(assessmentId, cycle, intervention.interventionId(), intervention.gemeente(),
                command.outcome(), note));
        decideWhenComplete();
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
        requireKnown("form", "de samenwerkingsvorm", "Onbekende samenwerkingsvorm", command.form(),
                Choices.of(terms, GOVERNANCE_FORM, terms.governanceForms()));
        String rationale = requireText("rationale", "de onderbouwing", command.rationale(), Limits.LONG_TEXT);
        apply(new GovernanceFormRecorded(assessmentId, cycle, command.form(), rationale));
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
            case REOPEN -> requireDecided("Alleen een besloten afwegingstraject kan worden heropend.");
            case RECORD_GOVERNANCE_FORM -> requireDecided("De samenwerkingsvorm volgt uit de inhoud; "
                    + "leg die eerst vast in een besluit.");
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
        return null;
    }

    /** Records the decision when every gemeente confirmed the current revision and no intervention is open. */
    private boolean decideWhenComplete() {
        boolean complete = proposal != null && confirmationsByGemeente.keySet().containsAll(gemeenten)
                && interventions.values().stream().noneMatch(Intervention::open);
        if (complete) {
            apply(new DecisionRecorded(assessmentId, UUID.randomUUID().toString(), themeCode, cycle,
                    proposal.revision(), proposal.scales(), List.copyOf(responsibilities),
                    List.copyOf(preconditions), confirmationsInGemeenteOrder()));
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
    }

    @EventSourcingHandler
    void on(ThemeScaleProposed event) {
        proposal = new Proposal(event.revision(), event.scales());
        highestRevision = Math.max(highestRevision, event.revision());
        confirmationsByGemeente.clear();
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
        preconditions.add(new Precondition(event.preconditionId(), event.kind(), event.text()));
    }

    @EventSourcingHandler
    void on(ConfirmedByBestuurder event, @MetaDataValue(AuditMetaData.USER_ID) String userId,
            @Timestamp Instant timestamp) {
        confirmationsByGemeente.put(event.gemeente(),
                new Confirmation(event.gemeente(), event.revision(), userId, timestamp));
    }

    @EventSourcingHandler
    void on(LocalInterventionOpened event) {
        usedIds.add(event.interventionId());
        interventions.put(event.interventionId(), new Intervention(event.interventionId(), event.gemeente(), true));
    }

    @EventSourcingHandler
    void on(InterventionResolved event) {
        interventions.computeIfPresent(event.interventionId(), (id, intervention) -> intervention.resolved());
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
    }
}
