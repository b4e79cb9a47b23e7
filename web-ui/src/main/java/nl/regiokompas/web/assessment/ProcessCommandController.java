package nl.regiokompas.web.assessment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.regiokompas.api.assessment.CloseSignal;
import nl.regiokompas.api.assessment.ConsentToDeviation;
import nl.regiokompas.api.assessment.FollowUp;
import nl.regiokompas.api.assessment.FormalBody;
import nl.regiokompas.api.assessment.RecordFollowUp;
import nl.regiokompas.api.assessment.RecordFormalDecision;
import nl.regiokompas.api.assessment.RecordGremiumDiscussion;
import nl.regiokompas.api.assessment.RecordSignal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static nl.regiokompas.web.assessment.AssessmentCommandController.VERSION_MISSING;

/**
 * The process around an assessment (issue 11 §3, §4): a strateeg's signals, the consent to a local deviation,
 * the formal decisions, the gremia that discussed a revision or confirmation, and the follow-up. Each request becomes
 * one command; the aggregate decides.
 */
@RestController
@RequestMapping("/api/assessments")
class ProcessCommandController {

    static final String BODY_MISSING = "Kies het orgaan: college, raad of Bestuurstafel.";
    static final String DATE_MISSING = "Geef de datum op (jjjj-mm-dd).";
    static final String REVISION_MISSING = "Geef de revisie op die besproken is.";
    static final String FOLLOW_UP_MISSING = "Kies het vervolg: direct opgepakt, nadere uitwerking of meer voorbereiding.";

    private final CommandGateway commands;

    ProcessCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record SignalRequest(String gemeente, String layer, String text,
                         @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record SignalClosing(String note, @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record ConsentRequest(String gemeente, String note, @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record FormalDecisionRequest(String gemeente, @NotNull(message = BODY_MISSING) FormalBody body,
                                 @NotNull(message = DATE_MISSING) LocalDate date, String reference, String url,
                                 @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record DiscussionRequest(String gremium, @NotNull(message = DATE_MISSING) LocalDate date,
                             @NotNull(message = REVISION_MISSING) Integer revision, String gemeente, String note,
                             @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record FollowUpRequest(@NotNull(message = FOLLOW_UP_MISSING) FollowUp followUp, String note,
                           @NotNull(message = VERSION_MISSING) Long expectedVersion) {
    }

    record SignalOpened(String signalId, long version) {
    }

    @PostMapping("/{id}/signals")
    @ResponseStatus(HttpStatus.CREATED)
    SignalOpened signal(@PathVariable String id, @Valid @RequestBody SignalRequest request) {
        String signalId = UUID.randomUUID().toString();
        return new SignalOpened(signalId, send(new RecordSignal(id, signalId, request.gemeente(), request.layer(),
                request.text(), request.expectedVersion())));
    }

    @PostMapping("/{id}/signals/{signalId}/closing")
    AssessmentCommandController.Versioned closeSignal(@PathVariable String id, @PathVariable String signalId,
                                                      @Valid @RequestBody SignalClosing request) {
        return versioned(send(new CloseSignal(id, signalId, request.note(), request.expectedVersion())));
    }

    @PostMapping("/{id}/interventions/{interventionId}/consents")
    AssessmentCommandController.Versioned consent(@PathVariable String id, @PathVariable String interventionId,
                                                  @Valid @RequestBody ConsentRequest request) {
        return versioned(send(new ConsentToDeviation(id, interventionId, request.gemeente(), request.note(),
                request.expectedVersion())));
    }

    @PostMapping("/{id}/formal-decisions")
    @ResponseStatus(HttpStatus.CREATED)
    AssessmentCommandController.Versioned formalDecision(@PathVariable String id,
                                                         @Valid @RequestBody FormalDecisionRequest request) {
        return versioned(send(new RecordFormalDecision(id, request.gemeente(), request.body(), request.date(),
                request.reference(), request.url(), request.expectedVersion())));
    }

    @PostMapping("/{id}/discussions")
    @ResponseStatus(HttpStatus.CREATED)
    AssessmentCommandController.Versioned discussion(@PathVariable String id,
                                                     @Valid @RequestBody DiscussionRequest request) {
        return versioned(send(new RecordGremiumDiscussion(id, request.gremium(), request.date(), request.revision(),
                request.gemeente(), request.note(), request.expectedVersion())));
    }

    @PostMapping("/{id}/follow-up")
    AssessmentCommandController.Versioned followUp(@PathVariable String id, @Valid @RequestBody FollowUpRequest request) {
        return versioned(send(new RecordFollowUp(id, request.followUp(), request.note(), request.expectedVersion())));
    }

    private static AssessmentCommandController.Versioned versioned(long version) {
        return new AssessmentCommandController.Versioned(version);
    }

    /** The new version the aggregate answers. */
    private long send(Object command) {
        return commands.<Long>sendAndWait(command);
    }
}
