package nl.regiokompas.web.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.regiokompas.api.assessment.AssignResponsibility;
import nl.regiokompas.api.assessment.ConfirmByBestuurder;
import nl.regiokompas.api.assessment.ConfirmationOutcome;
import nl.regiokompas.api.assessment.IntervenLocally;
import nl.regiokompas.api.assessment.InterventionKind;
import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.assessment.OpenAssessment;
import nl.regiokompas.api.assessment.OpeningOutcome;
import nl.regiokompas.api.assessment.ProposalOutcome;
import nl.regiokompas.api.assessment.ReopenOutcome;
import nl.regiokompas.api.assessment.ProposeThemeScale;
import nl.regiokompas.api.assessment.RecordCriterionInput;
import nl.regiokompas.api.assessment.RecordGovernanceForm;
import nl.regiokompas.api.assessment.RecordPrecondition;
import nl.regiokompas.api.assessment.ReopenAssessment;
import nl.regiokompas.api.assessment.ResolveIntervention;
import nl.regiokompas.command.common.InterventionOutcomeRules;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editing side of an assessment: each request becomes one command. The aggregate decides; this class
 * only translates JSON into commands and the outcome into the answer of docs/api.md.
 */
@RestController
@RequestMapping("/api/assessments")
class AssessmentCommandController {

    /** Field messages in Dutch, for the person who reads the problem; {@code errors[].field} names the field. */
    static final String VERSION_MISSING = "Geef de versie op die u het laatst zag.";
    static final String REVISION_MISSING = "Geef de revisie op die u bevestigt.";
    static final String INTERVENTION_KIND_MISSING = "Kies de soort interventie: bezwaar, lokale afwijking of uitstel.";

    private final CommandGateway commands;

    AssessmentCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record OpenRequest(String themeCode, String title, List<String> gemeenten, Integer frameworkVersion) {
    }

    record InputRequest(String gemeente, String layer, String criterion, String leaning, String text,
                        @NotNull(message = VERSION_MISSING) Long expectedVersion, List<String> indicators) {
    }

    record ProposalRequest(Map<String, String> scales, String rationale, @NotNull(message = VERSION_MISSING) Long expectedVersion,
                           Map<String, String> deviations) {
    }

    record ResponsibilityRequest(String layer, String kind, String level, String holder,
                                 @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record PreconditionRequest(String kind, String text, @NotNull(message = VERSION_MISSING) Long expectedVersion,
                               String owner, java.time.LocalDate reviewDate) {
    }

    record ConfirmationRequest(String gemeente, @NotNull(message = REVISION_MISSING) Integer revision, String note,
                               @NotNull(message = VERSION_MISSING) Long expectedVersion,
                               List<nl.regiokompas.api.raad.KaderAnswer> kaders) {
    }

    record InterventionRequest(String gemeente, String layer, @NotNull(message = INTERVENTION_KIND_MISSING) InterventionKind kind, String reason,
                               String mandateId, String signalId,
                               @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    /** {@code revision} for OVERGENOMEN, {@code bestuurstafelOn} for DOORVERWEZEN. */
    record ResolutionRequest(@NotNull(message = InterventionOutcomeRules.OUTCOME_MISSING) InterventionOutcome outcome, String note,
                             Integer revision, LocalDate bestuurstafelOn,
                             @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record ReopenRequest(String reason, @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record GovernanceFormRequest(String form, String rationale, @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record Opened(String assessmentId, long version) {
    }

    record Versioned(long version) {
    }

    record Proposed(int revision, long version) {
    }

    record PreconditionAdded(String preconditionId, long version) {
    }

    record InterventionOpened(String interventionId, long version) {
    }

    record Reopened(int cycle, long version) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Opened open(@RequestBody OpenRequest request) {
        OpeningOutcome outcome = commands.sendAndWait(new OpenAssessment(UUID.randomUUID().toString(),
                request.themeCode(), request.title(), request.gemeenten(), request.frameworkVersion()));
        return new Opened(outcome.assessmentId(), outcome.version());
    }

    @PostMapping("/{id}/inputs")
    Versioned recordInput(@PathVariable String id, @Valid @RequestBody InputRequest request) {
        return new Versioned(send(new RecordCriterionInput(id, request.gemeente(), request.layer(),
                request.criterion(), request.leaning(), request.text(), request.expectedVersion(),
                request.indicators())));
    }

    @PostMapping("/{id}/proposals")
    Proposed propose(@PathVariable String id, @Valid @RequestBody ProposalRequest request) {
        ProposalOutcome outcome = commands.sendAndWait(
                new ProposeThemeScale(id, request.scales(), request.rationale(), request.expectedVersion(),
                        request.deviations()));
        return new Proposed(outcome.revision(), outcome.version());
    }

    @PostMapping("/{id}/responsibilities")
    Versioned assignResponsibility(@PathVariable String id, @Valid @RequestBody ResponsibilityRequest request) {
        return new Versioned(send(new AssignResponsibility(id, request.layer(), request.kind(), request.level(),
                request.holder(), request.expectedVersion())));
    }

    @PostMapping("/{id}/preconditions")
    PreconditionAdded recordPrecondition(@PathVariable String id, @Valid @RequestBody PreconditionRequest request) {
        String preconditionId = UUID.randomUUID().toString();
        return new PreconditionAdded(preconditionId, send(new RecordPrecondition(id, preconditionId, request.kind(),
                request.text(), request.expectedVersion(), request.owner(), request.reviewDate())));
    }

    @PostMapping("/{id}/confirmations")
    ConfirmationOutcome confirm(@PathVariable String id, @Valid @RequestBody ConfirmationRequest request) {
        return commands.sendAndWait(new ConfirmByBestuurder(id, request.gemeente(), request.revision(),
                request.note(), request.expectedVersion(), request.kaders()));
    }

    @PostMapping("/{id}/interventions")
    @ResponseStatus(HttpStatus.CREATED)
    InterventionOpened intervene(@PathVariable String id, @Valid @RequestBody InterventionRequest request) {
        String interventionId = UUID.randomUUID().toString();
        return new InterventionOpened(interventionId, send(new IntervenLocally(id, interventionId, request.gemeente(),
                request.layer(), request.kind(), request.reason(), request.mandateId(), request.signalId(),
                request.expectedVersion())));
    }

    @PostMapping("/{id}/interventions/{interventionId}/resolution")
    Versioned resolve(@PathVariable String id, @PathVariable String interventionId,
                      @Valid @RequestBody ResolutionRequest request) {
        return new Versioned(send(new ResolveIntervention(id, interventionId, request.outcome(), request.note(),
                request.revision(), request.bestuurstafelOn(), request.expectedVersion())));
    }

    @PostMapping("/{id}/reopen")
    Reopened reopen(@PathVariable String id, @Valid @RequestBody ReopenRequest request) {
        ReopenOutcome outcome = commands.sendAndWait(new ReopenAssessment(id, request.reason(), request.expectedVersion()));
        return new Reopened(outcome.cycle(), outcome.version());
    }

    @PostMapping("/{id}/governance-form")
    Versioned recordGovernanceForm(@PathVariable String id, @Valid @RequestBody GovernanceFormRequest request) {
        return new Versioned(send(new RecordGovernanceForm(id, request.form(), request.rationale(),
                request.expectedVersion())));
    }

    private long send(Object command) {
        Long version = commands.sendAndWait(command);
        return version;
    }
}
