package nl.regiokompas.web.raad;

import java.util.List;
import java.util.UUID;

import nl.regiokompas.api.raad.AmendKader;
import nl.regiokompas.api.raad.FindKaders;
import nl.regiokompas.api.raad.KaderView;
import nl.regiokompas.api.raad.Raadsbesluit;
import nl.regiokompas.api.raad.SetKader;
import nl.regiokompas.api.raad.WithdrawKader;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static nl.regiokompas.web.query.Params.optional;

/** The kaders of the gemeenteraden: set, amended and withdrawn by raadsbesluiten, recorded by the griffier. */
@RestController
@RequestMapping("/api/kaders")
class KaderController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    KaderController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record KaderRequest(String gemeente, String themeCode, String text, Raadsbesluit raadsbesluit) {
    }

    record AmendmentRequest(String text, Raadsbesluit raadsbesluit) {
    }

    record WithdrawalRequest(Raadsbesluit raadsbesluit) {
    }

    record Recorded(String kaderId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Recorded set(@RequestBody KaderRequest request) {
        String kaderId = UUID.randomUUID().toString();
        commands.sendAndWait(new SetKader(kaderId, request.gemeente(), request.themeCode(), request.text(),
                request.raadsbesluit()));
        return new Recorded(kaderId);
    }

    @PostMapping("/{kaderId}/amendments")
    Recorded amend(@PathVariable String kaderId, @RequestBody AmendmentRequest request) {
        commands.sendAndWait(new AmendKader(kaderId, request.text(), request.raadsbesluit()));
        return new Recorded(kaderId);
    }

    @PostMapping("/{kaderId}/withdrawal")
    Recorded withdraw(@PathVariable String kaderId, @RequestBody WithdrawalRequest request) {
        commands.sendAndWait(new WithdrawKader(kaderId, request.raadsbesluit()));
        return new Recorded(kaderId);
    }

    @GetMapping
    List<KaderView> kaders(@RequestParam(required = false) String gemeente,
                           @RequestParam(required = false) String themeCode) {
        return queries.query(new FindKaders(optional(gemeente), optional(themeCode)),
                ResponseTypes.multipleInstancesOf(KaderView.class)).join();
    }
}
