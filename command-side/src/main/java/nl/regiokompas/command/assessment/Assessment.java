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
import nl.regiokompas.command.common.Caller;
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
import static nl.regiokompas.command.assessment.ConcurrentChanges.refuseIfAnyUnseenChange;
import static nl.regiokompas.command.assessment.ConcurrentChanges.refuseIfAnythingChanged;
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
 */
@Aggregate(snapshotTriggerDefinition = "assessmentSnapshotTrigger")
public class Assessment {

    static final String DECIDED = "Dit afwegingstraject is besloten; heropen het eerst.";

    @AggregateIdentifier
    private String assessmentId;
    private String themeCode;
    private FrameworkTerms terms;
    private List<String> gemeenten;
    private int cycle;
    private AssessmentStatus status;
    private final List<CellInput> inputs = new ArrayList<>();
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
        String theme = requireKnown("themeCode", "Onbekend thema", command.themeCode(), terms.themes());
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
            requireKnown("gemeenten", "Onbekende gemeente", gemeente, terms.gemeenten());
            if (!seen.add(gemeente)) {
                throw RuleViolation.invalid("gemeenten", "Gemeente " + gemeente + " staat dubbel in de lijst.");
            }
        }
        if (requested.size() < 2) {
            throw RuleViolation.invalid("gemeenten", "Een afwegingstraject vraagt ten minste 2 gemeenten; gekozen: "
                    + String.join(", ", requested) + ".");
        }
        return List.copyOf(requested);
    }

    @CommandHandler
    public long handle(RecordCriterionInput command, MetaData metaData, ConflictResolver conflictResolver) {
        Caller caller = Caller.from(metaData);
        caller.require(RECORD_INPUT);
        if (!RECORD_INPUT.allowsFor(caller.role(), caller.gemeente(), command.gemeente())) {
            throw RuleViolation.notAllowed("Een strateeg geeft alleen input voor de eigen gemeente ("
                    + caller.gemeente() + "), niet voor " + command.gemeente() + ".");
        }
        Cell cell = new Cell(command.gemeente(), command.layer(), command.criterion());
        refuseIfAnyUnseenChange(conflictResolver, terms, change ->
                (change instanceof CriterionInputRecorded input && Cell.of(input).equals(cell))
                        || change instanceof ThemeScaleProposed || reopenedOrDecided(change));
        requireNotDecided();
        requireParticipant(command.gemeente());
        requireKnown("layer", "Onbekende laag", command.layer(), terms.layers());
        requireKnown("criterion", "Onbekend criterium", command.criterion(), terms.criteria());
        String leaning = command.leaning() == null || command.leaning().isBlank() ? null
                : requireKnown("leaning", "Onbekende schaal", command.leaning(), terms.scales());
        String text = requireText("text", "de toelichting", command.text(), Limits.LONG_TEXT);
        apply(new CriterionInputRecorded(assessmentId, cycle, command.gemeente(), command.layer(),
                command.criterion(), leaning, text));
        return getVersion();
    }

    @CommandHandler
    public ProposalOutcome handle(ProposeThemeScale command, MetaData metaData, ConflictResolver conflictResolver) {
        Caller.from(metaData).require(PROPOSE_SCALE);
        refuseIfAnyUnseenChange(conflictResolver, terms, change -> change instanceof ThemeScaleProposed
                || change instanceof ConfirmedByBestuurder || change instanceof LocalInterventionOpened
                || reopenedOrDecided(change));
        requireNotDecided();
        Map<String, String> scales = scalePerLayer(command.scales());
        String rationale = requireText("rationale", "de onderbouwing", command.rationale(), Limits.LONG_TEXT);
        int revision = highestRevision + 1;
        apply(new ThemeScaleProposed(assessmentId, cycle, revision, scales, rationale));
        return new ProposalOutcome(revision, getVersion());
    }

    private Map<String, String> scalePerLayer(Map<String, String> requested) {
        requireGiven("scales", "een schaal per laag", requested);
        for (String layer : requested.keySet()) {
            requireKnown("scales", "Onbekende laag", layer, terms.layers());
        }
        Map<String, String> scales = new LinkedHashMap<>();
        for (String layer : terms.layers()) {
            String scale = requested.get(layer);
            if (scale == null || scale.isBlank()) {
                throw RuleViolation.invalid("scales", "Kies een schaal voor laag " + layer + " uit "
                        + String.join(", ", terms.scales()) + ".");
            }
            scales.put(layer, requireKnown("scales", "Onbekende schaal voor laag " + layer, scale, terms.scales()));
        }
        return scales;
    }

    @CommandHandler
    public long handle(AssignResponsibility command, MetaData metaData, ConflictResolver conflictResolver) {
        Caller.from(metaData).require(ASSIGN_RESPONSIBILITY);
        refuseIfAnyUnseenChange(conflictResolver, terms, change ->
                (change instanceof ResponsibilityAssigned assigned && assigned.layer().equals(command.layer())
                        && assigned.kind().equals(command.kind()))
                        || reopenedOrDecided(change));
        requireNotDecided();
        requireKnown("layer", "Onbekende laag", command.layer(), terms.layers());
        requireKnown("kind", "Onbekend soort verantwoordelijkheid", command.kind(), terms.responsibilityKinds());
        requireKnown("level", "Onbekend niveau", command.level(), terms.responsibilityLevels());
        String holder = requireText("holder", "de verantwoordelijke", command.holder(), Limits.SHORT_TEXT);
        apply(new ResponsibilityAssigned(assessmentId, cycle, command.layer(), command.kind(), command.level(),
                holder));
        return getVersion();
    }

    @CommandHandler
    public long handle(RecordPrecondition command, MetaData metaData, ConflictResolver conflictResolver) {
        Caller.from(metaData).require(RECORD_PRECONDITION);
        refuseIfAnyUnseenChange(conflictResolver, terms, Assessment::reopenedOrDecided);
        requireNotDecided();
        String preconditionId = requireNewId("preconditionId", "Randvoorwaarde", command.preconditionId());
        requireKnown("kind", "Onbekende soort randvoorwaarde", command.kind(), terms.preconditionKinds());
        String text = requireText("text", "de randvoorwaarde", command.text(), Limits.LONG_TEXT);
        apply(new PreconditionRecorded(assessmentId, cycle, preconditionId, command.kind(), text));
        return getVersion();
    }

    @CommandHandler
    public ConfirmationOutcome handle(ConfirmByBestuurder command, MetaData metaData, ConflictResolver conflictResolver) {
        Caller caller = Caller.from(metaData);
        caller.require(CONFIRM);
        if (!CONFIRM.allowsFor(caller.role(), caller.gemeente(), command.gemeente())) {
            throw RuleViolation.notAllowed("Een bestuurder bevestigt alleen voor de eigen gemeente ("
                    + caller.gemeente() + "), niet voor " + command.gemeente() + ".");
        }
        refuseIfAnyUnseenChange(conflictResolver, terms, change -> change instanceof ThemeScaleProposed
                || (change instanceof ConfirmedByBestuurder confirmed && confirmed.gemeente().equals(command.gemeente()))
                || reopenedOrDecided(change));
        requireNotDecided();
        requireParticipant(command.gemeente());
        if (proposal == null) {
            throw RuleViolation.illegalState("Er is nog geen voorstel om te bevestigen.");
        }
        if (command.revision() != proposal.revision()) {
            throw RuleViolation.illegalState("Revisie " + command.revision() + " is niet het actuele voorstel; "
                    + "het actuele voorstel is revisie " + proposal.revision() + ".");
        }
        if (confirmationsByGemeente.containsKey(command.gemeente())) {
            throw RuleViolation.illegalState("De bestuurder van " + command.gemeente() + " heeft revisie "
                    + proposal.revision() + " al bevestigd.");
        }
        String note = optionalText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        apply(new ConfirmedByBestuurder(assessmentId, cycle, command.gemeente(), proposal.revision(), note));
        boolean decided = decideWhenComplete();
        return new ConfirmationOutcome(getVersion(), decided);
    }

    @CommandHandler
    public long handle(IntervenLocally command, MetaData metaData, ConflictResolver conflictResolver) {
        Caller caller = Caller.from(metaData);
        caller.require(INTERVENE);
        if (!INTERVENE.allowsFor(caller.role(), caller.gemeente(), command.gemeente())) {
            throw RuleViolation.notAllowed("U intervenieert alleen namens de eigen gemeente ("
                    + caller.gemeente() + "), niet namens " + command.gemeente() + ".");
        }
        refuseIfAnyUnseenChange(conflictResolver, terms, Assessment::reopenedOrDecided);
        requireNotDecided();
        String interventionId = requireNewId("interventionId", "Interventie", command.interventionId());
        requireParticipant(command.gemeente());
        requireKnown("layer", "Onbekende laag", command.layer(), terms.layers());
        requireGiven("kind", "de soort interventie", command.kind());
        String reason = requireText("reason", "de reden", command.reason(), Limits.LONG_TEXT);
        apply(new LocalInterventionOpened(assessmentId, cycle, interventionId, command.gemeente(), command.layer(),
                command.kind(), reason));
        return getVersion();
    }

    @CommandHandler
    public long handle(ResolveIntervention command, MetaData metaData, ConflictResolver conflictResolver) {
        Caller.from(metaData).require(RESOLVE_INTERVENTION);
        refuseIfAnyUnseenChange(conflictResolver, terms, change ->
                (change instanceof InterventionResolved resolved
                        && resolved.interventionId().equals(command.interventionId()))
                        || reopenedOrDecided(change));
        requireNotDecided();
        Intervention intervention = interventions.get(command.interventionId());
        if (intervention == null) {
            throw RuleViolation.notFound("Interventie '" + command.interventionId()
                    + "' bestaat niet in deze cyclus van het afwegingstraject.");
        }
        if (!intervention.open()) {
            throw RuleViolation.illegalState("Interventie '" + command.interventionId() + "' is al afgehandeld.");
        }
        requireGiven("outcome", "de uitkomst (INGETROKKEN, OVERGENOMEN of VERWORPEN)", command.outcome());
        String note = requireText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        apply(new InterventionResolved(assessmentId, cycle, intervention.interventionId(), intervention.gemeente(),
                command.outcome(), note));
        decideWhenComplete();
        return getVersion();
    }

    @CommandHandler
    public ReopenOutcome handle(ReopenAssessment command, MetaData metaData, ConflictResolver conflictResolver) {
        Caller.from(metaData).require(REOPEN);
        refuseIfAnythingChanged(conflictResolver, terms);
        if (status != AssessmentStatus.BESLOTEN) {
            throw RuleViolation.illegalState("Alleen een besloten afwegingstraject kan worden heropend.");
        }
        String reason = requireText("reason", "de reden", command.reason(), Limits.LONG_TEXT);
        apply(new AssessmentReopened(assessmentId, cycle + 1, lastDecisionId, reason));
        return new ReopenOutcome(cycle, getVersion());
    }

    @CommandHandler
    public long handle(RecordGovernanceForm command, MetaData metaData, ConflictResolver conflictResolver) {
        Caller.from(metaData).require(RECORD_GOVERNANCE_FORM);
        refuseIfAnythingChanged(conflictResolver, terms);
        if (status != AssessmentStatus.BESLOTEN) {
            throw RuleViolation.illegalState("De samenwerkingsvorm volgt uit de inhoud; "
                    + "leg die eerst vast in een besluit.");
        }
        requireKnown("form", "Onbekende samenwerkingsvorm", command.form(), terms.governanceForms());
        String rationale = requireText("rationale", "de onderbouwing", command.rationale(), Limits.LONG_TEXT);
        apply(new GovernanceFormRecorded(assessmentId, cycle, command.form(), rationale));
        return getVersion();
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

    private static boolean reopenedOrDecided(Object change) {
        return change instanceof AssessmentReopened || change instanceof DecisionRecorded;
    }

    private void requireNotDecided() {
        if (status == AssessmentStatus.BESLOTEN) {
            throw RuleViolation.illegalState(DECIDED);
        }
    }

    private void requireParticipant(String gemeente) {
        if (gemeente == null || !gemeenten.contains(gemeente)) {
            throw RuleViolation.invalid("gemeente", "Gemeente '" + gemeente + "' neemt niet deel aan dit "
                    + "afwegingstraject; deelnemers: " + String.join(", ", gemeenten) + ".");
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
    void on(CriterionInputRecorded event) {
        Cell cell = Cell.of(event);
        inputs.removeIf(input -> input.cell().equals(cell));
        inputs.add(new CellInput(cell, event.leaning(), event.text()));
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
        inputs.clear();
        proposal = null;
        responsibilities.clear();
        preconditions.clear();
        confirmationsByGemeente.clear();
        interventions.clear();
    }
}
