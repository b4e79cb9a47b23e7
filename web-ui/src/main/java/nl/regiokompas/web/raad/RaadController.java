package nl.regiokompas.web.raad;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FindFramework;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkVersion;
import nl.regiokompas.api.raad.AnswerZienswijze;
import nl.regiokompas.api.raad.AssessmentRaad;
import nl.regiokompas.api.raad.FindAssessmentRaad;
import nl.regiokompas.api.raad.FindRaadPage;
import nl.regiokompas.api.raad.InformingKind;
import nl.regiokompas.api.raad.OpenZienswijzePeriod;
import nl.regiokompas.api.raad.RaadPage;
import nl.regiokompas.api.raad.Raadsbesluit;
import nl.regiokompas.api.raad.RecordRaadInformed;
import nl.regiokompas.api.raad.RecordRaadVerdict;
import nl.regiokompas.api.raad.RecordZienswijze;
import nl.regiokompas.api.assessment.ConfirmationOutcome;
import nl.regiokompas.web.query.NotFound;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gemeenteraad's part: its own page, what concerns the raden in one assessment, and the commands by which the
 * griffier, the bestuurder and the programmateam record verdicts, zienswijzen and informing.
 */
@RestController
class RaadController {

    static final String VERSION_MISSING = "Geef de versie op die u het laatst zag.";
    static final String REVISION_MISSING = "Geef de revisie op.";

    private final CommandGateway commands;
    private final QueryGateway queries;

    RaadController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record VerdictRequest(String gemeente, @NotNull(message = REVISION_MISSING) Integer revision, Boolean agreed,
                          Raadsbesluit raadsbesluit, @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record PeriodRequest(java.time.LocalDate endsOn, @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record ZienswijzeRequest(String gemeente, String text, Raadsbesluit raadsbesluit,
                             @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record AnswerRequest(String gemeente, @NotNull(message = REVISION_MISSING) Integer revision, String text,
                         @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record InformingRequest(String gemeente, InformingKind kind, java.time.LocalDate date, String reference,
                            @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record Versioned(long version) {
    }

    @GetMapping("/api/raad/{gemeente}")
    RaadPage page(@PathVariable String gemeente) {
        List<FrameworkContent.Gemeente> gemeenten = queries.query(new FindFramework(null),
                        ResponseTypes.optionalInstanceOf(FrameworkVersion.class)).join()
                .map(version -> version.content().region().gemeenten()).orElse(List.of());
        if (gemeenten.stream().noneMatch(g -> g.code().equals(gemeente))) {
            throw new NotFound("Gemeente '" + gemeente + "' hoort niet bij de regio; kies uit "
                    + String.join(", ", gemeenten.stream().map(FrameworkContent.Gemeente::name).toList()) + ".");
        }
        return queries.query(new FindRaadPage(gemeente), ResponseTypes.instanceOf(RaadPage.class)).join();
    }

    @GetMapping("/api/assessments/{id}/raad")
    AssessmentRaad assessment(@PathVariable String id) {
        AssessmentRaad raad = queries.query(new FindAssessmentRaad(id),
                ResponseTypes.optionalInstanceOf(AssessmentRaad.class)).join().orElse(null);
        if (raad == null) {
            throw RuleViolation.notFound("Afwegingstraject '" + id + "' bestaat niet.");
        }
        return raad;
    }

    @PostMapping("/api/assessments/{id}/raad-verdicts")
    ConfirmationOutcome verdict(@PathVariable String id, @Valid @RequestBody VerdictRequest request) {
        return commands.sendAndWait(new RecordRaadVerdict(id, request.gemeente(), request.revision(), request.agreed(),
                request.raadsbesluit(), request.expectedVersion()));
    }

    @PostMapping("/api/assessments/{id}/zienswijze-periods")
    Versioned openPeriod(@PathVariable String id, @Valid @RequestBody PeriodRequest request) {
        return send(new OpenZienswijzePeriod(id, request.endsOn(), request.expectedVersion()));
    }

    @PostMapping("/api/assessments/{id}/zienswijzen")
    Versioned zienswijze(@PathVariable String id, @Valid @RequestBody ZienswijzeRequest request) {
        return send(new RecordZienswijze(id, request.gemeente(), request.text(), request.raadsbesluit(),
                request.expectedVersion()));
    }

    @PostMapping("/api/assessments/{id}/zienswijze-answers")
    Versioned answer(@PathVariable String id, @Valid @RequestBody AnswerRequest request) {
        return send(new AnswerZienswijze(id, request.gemeente(), request.revision(), request.text(),
                request.expectedVersion()));
    }

    @PostMapping("/api/assessments/{id}/raad-informing")
    Versioned informed(@PathVariable String id, @Valid @RequestBody InformingRequest request) {
        return send(new RecordRaadInformed(id, request.gemeente(), request.kind(), request.date(), request.reference(),
                request.expectedVersion()));
    }

    private Versioned send(Object command) {
        Long version = commands.sendAndWait(command);
        return new Versioned(version);
    }
}
