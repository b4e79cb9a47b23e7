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
import nl.regiokompas.api.raad.FindRaadInforming;
import nl.regiokompas.api.raad.RaadConfirmationView;
import nl.regiokompas.api.assessment.RaadPolicy;
import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.web.assessment.AssessmentDocumentReader;
import nl.regiokompas.web.security.RegiokompasUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.RequestParam;
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

import static nl.regiokompas.web.query.Params.optional;

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
    private final AssessmentRaadReader reader;
    private final AssessmentDocumentReader documents;

    RaadController(CommandGateway commands, QueryGateway queries, AssessmentRaadReader reader,
                   AssessmentDocumentReader documents) {
        this.commands = commands;
        this.queries = queries;
        this.reader = reader;
        this.documents = documents;
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

    /** {@code minVersion}: wait until the view includes the caller's own raad command (read-your-writes). */
    @GetMapping("/api/assessments/{id}/raad")
    AssessmentRaadView assessment(@PathVariable String id, @RequestParam(required = false) Long minVersion,
                                  @AuthenticationPrincipal RegiokompasUser user) {
        AssessmentRaad raad = reader.read(id, minVersion);
        // The allowed actions also rest on the document (the current revision): it must include the version too.
        AssessmentDocument document = documents.read(id, minVersion);
        if (raad == null) {
            throw RuleViolation.notFound("Afwegingstraject '" + id + "' bestaat niet.");
        }
        return new AssessmentRaadView(raad, RaadPolicy.allowedActions(user.role(), user.gemeente(), document, raad));
    }

    /** The confirmations that stand, each with whether and when its raad was informed (decision pages, record). */
    @GetMapping("/api/raad-informing")
    List<RaadConfirmationView> informing(@RequestParam(required = false) String assessmentId) {
        return queries.query(new FindRaadInforming(optional(assessmentId)),
                ResponseTypes.multipleInstancesOf(RaadConfirmationView.class)).join();
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
