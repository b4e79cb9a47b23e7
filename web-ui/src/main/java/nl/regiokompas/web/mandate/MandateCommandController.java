package nl.regiokompas.web.mandate;

import java.util.List;
import java.util.UUID;

import nl.regiokompas.api.mandate.AmendMandate;
import nl.regiokompas.api.mandate.EndMandate;
import nl.regiokompas.api.mandate.Power;
import nl.regiokompas.api.mandate.RegisterMandate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registers, amends and ends the mandates (gouden driehoek) of a theme. */
@RestController
@RequestMapping("/api/mandates")
class MandateCommandController {

    private final CommandGateway commands;

    MandateCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record MandateRequest(String themeCode, String bestuurlijkOpdrachtgever, String ambtelijkOpdrachtgever,
                          String ambtenaar50, List<Power> powers) {
    }

    record AmendmentRequest(String bestuurlijkOpdrachtgever, String ambtelijkOpdrachtgever, String ambtenaar50,
                            List<Power> powers, String reason) {
    }

    record EndRequest(String reason) {
    }

    record Registered(String mandateId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Registered register(@RequestBody MandateRequest request) {
        String mandateId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterMandate(mandateId, request.themeCode(), request.bestuurlijkOpdrachtgever(),
                request.ambtelijkOpdrachtgever(), request.ambtenaar50(), request.powers()));
        return new Registered(mandateId);
    }

    @PostMapping("/{mandateId}/amendments")
    Registered amend(@PathVariable String mandateId, @RequestBody AmendmentRequest request) {
        commands.sendAndWait(new AmendMandate(mandateId, request.bestuurlijkOpdrachtgever(),
                request.ambtelijkOpdrachtgever(), request.ambtenaar50(), request.powers(), request.reason()));
        return new Registered(mandateId);
    }

    @PostMapping("/{mandateId}/end")
    Registered end(@PathVariable String mandateId, @RequestBody EndRequest request) {
        commands.sendAndWait(new EndMandate(mandateId, request.reason()));
        return new Registered(mandateId);
    }
}
