package nl.regiokompas.web.weighing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.regiokompas.api.assessment.InterventionKind;
import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.raad.InformingKind;
import nl.regiokompas.api.raad.Raadsbesluit;
import nl.regiokompas.api.weighing.ConfirmForm;
import nl.regiokompas.api.weighing.OpenFormZienswijzePeriod;
import nl.regiokompas.api.weighing.RecordFormZienswijze;
import nl.regiokompas.api.weighing.RecordRaadInformedOfForm;
import nl.regiokompas.api.weighing.InterveneOnForm;
import nl.regiokompas.api.weighing.OpenWeighing;
import nl.regiokompas.api.weighing.ProposeForm;
import nl.regiokompas.api.weighing.RecordRaadRole;
import nl.regiokompas.api.weighing.ResolveFormIntervention;
import nl.regiokompas.api.weighing.ScoreForm;
import nl.regiokompas.api.weighing.WeighingOutcome;
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
 * The editing side of a form weighing (phase 4): each request becomes one command; the Weighing aggregate decides.
 * Every answer is the {@link WeighingOutcome}: the weighing's id and new version (for {@code ?minVersion=}), the
 * proposed revision, and whether the form is now chosen.
 */
@RestController
@RequestMapping("/api/weighings")
class WeighingCommandController {

    static final String INTERVENTION_KIND_MISSING = "Kies de soort interventie: bezwaar, lokale afwijking of uitstel.";

    private final CommandGateway commands;

    WeighingCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record OpenRequest(String title, List<String> themeCodes, List<String> forms) {
    }

    record ScoreRequest(String gemeente, String form, String criterion, Integer score, String argument) {
    }

    record RaadRoleRequest(String form, String text) {
    }

    record ProposalRequest(String form, String rationale) {
    }

    record ConfirmationRequest(String gemeente, Integer revision, String note) {
    }

    record InterventionRequest(String gemeente, @NotNull(message = INTERVENTION_KIND_MISSING) InterventionKind kind,
                               String reason) {
    }

    record ResolutionRequest(@NotNull(message = InterventionOutcomeRules.OUTCOME_MISSING) InterventionOutcome outcome,
                             String note, Integer revision, LocalDate bestuurstafelOn) {
    }

    record InterventionOpened(String interventionId, long version) {
    }

    record PeriodRequest(LocalDate endsOn) {
    }

    record ZienswijzeRequest(String gemeente, String text, Raadsbesluit raadsbesluit) {
    }

    record InformingRequest(String gemeente, InformingKind kind, LocalDate date, String reference) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WeighingOutcome open(@RequestBody OpenRequest request) {
        return commands.sendAndWait(new OpenWeighing(UUID.randomUUID().toString(), request.title(),
                request.themeCodes(), request.forms()));
    }

    @PostMapping("/{id}/scores")
    WeighingOutcome score(@PathVariable String id, @RequestBody ScoreRequest request) {
        return commands.sendAndWait(new ScoreForm(id, request.gemeente(), request.form(), request.criterion(),
                request.score(), request.argument()));
    }

    @PostMapping("/{id}/raad-roles")
    WeighingOutcome recordRaadRole(@PathVariable String id, @RequestBody RaadRoleRequest request) {
        return commands.sendAndWait(new RecordRaadRole(id, request.form(), request.text()));
    }

    @PostMapping("/{id}/proposals")
    WeighingOutcome propose(@PathVariable String id, @RequestBody ProposalRequest request) {
        return commands.sendAndWait(new ProposeForm(id, request.form(), request.rationale()));
    }

    @PostMapping("/{id}/confirmations")
    WeighingOutcome confirm(@PathVariable String id, @RequestBody ConfirmationRequest request) {
        return commands.sendAndWait(new ConfirmForm(id, request.gemeente(), request.revision(), request.note()));
    }

    @PostMapping("/{id}/interventions")
    @ResponseStatus(HttpStatus.CREATED)
    InterventionOpened intervene(@PathVariable String id, @Valid @RequestBody InterventionRequest request) {
        String interventionId = UUID.randomUUID().toString();
        WeighingOutcome outcome = commands.sendAndWait(new InterveneOnForm(id, interventionId, request.gemeente(),
                request.kind(), request.reason()));
        return new InterventionOpened(interventionId, outcome.version());
    }

    @PostMapping("/{id}/interventions/{interventionId}/resolution")
    WeighingOutcome resolve(@PathVariable String id, @PathVariable String interventionId,
                            @Valid @RequestBody ResolutionRequest request) {
        return commands.sendAndWait(new ResolveFormIntervention(id, interventionId, request.outcome(), request.note(),
                request.revision(), request.bestuurstafelOn()));
    }

    // --- the raden: the same paths as on an assessment (RaadController) ---

    @PostMapping("/{id}/zienswijze-periods")
    WeighingOutcome openZienswijzePeriod(@PathVariable String id, @RequestBody PeriodRequest request) {
        return commands.sendAndWait(new OpenFormZienswijzePeriod(id, request.endsOn()));
    }

    @PostMapping("/{id}/zienswijzen")
    WeighingOutcome recordZienswijze(@PathVariable String id, @RequestBody ZienswijzeRequest request) {
        return commands.sendAndWait(new RecordFormZienswijze(id, request.gemeente(), request.text(),
                request.raadsbesluit()));
    }

    @PostMapping("/{id}/raad-informing")
    WeighingOutcome recordRaadInformed(@PathVariable String id, @RequestBody InformingRequest request) {
        return commands.sendAndWait(new RecordRaadInformedOfForm(id, request.gemeente(), request.kind(),
                request.date(), request.reference()));
    }
}
