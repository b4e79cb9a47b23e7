package nl.regiokompas.web.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.regiokompas.api.assessment.ChangePreconditionStatus;
import nl.regiokompas.api.assessment.PreconditionStatus;
import nl.regiokompas.api.assessment.WithdrawConfirmation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The whole package (issue 11 section 2): withdrawing a confirmation and following preconditions up. */
@RestController
@RequestMapping("/api/assessments")
class PackageCommandController {

    static final String STATUS_MISSING = "Kies de status: open, geregeld of vervallen.";

    private final CommandGateway commands;

    PackageCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record WithdrawalRequest(String reason,
                             @NotNull(message = AssessmentCommandController.VERSION_MISSING) Long expectedVersion) {
    }

    record PreconditionStatusRequest(@NotNull(message = STATUS_MISSING) PreconditionStatus status, String note,
                                     LocalDate reviewDate,
                                     @NotNull(message = AssessmentCommandController.VERSION_MISSING) Long expectedVersion) {
    }

    record Versioned(long version) {
    }

    @PostMapping("/{id}/confirmations/{gemeente}/withdrawal")
    Versioned withdraw(@PathVariable String id, @PathVariable String gemeente,
                       @Valid @RequestBody WithdrawalRequest request) {
        Long version = commands.sendAndWait(new WithdrawConfirmation(id, gemeente, request.reason(),
                request.expectedVersion()));
        return new Versioned(version);
    }

    @PostMapping("/{id}/preconditions/{preconditionId}/status")
    Versioned changePreconditionStatus(@PathVariable String id, @PathVariable String preconditionId,
                                       @Valid @RequestBody PreconditionStatusRequest request) {
        Long version = commands.sendAndWait(new ChangePreconditionStatus(id, preconditionId, request.status(),
                request.note(), request.reviewDate(), request.expectedVersion()));
        return new Versioned(version);
    }
}
