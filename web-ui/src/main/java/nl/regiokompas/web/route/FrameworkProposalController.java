package nl.regiokompas.web.route;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.AdoptFrameworkVersion;
import nl.regiokompas.api.framework.DeclineFrameworkVersion;
import nl.regiokompas.api.framework.FindFrameworkProposal;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkProposalView;
import nl.regiokompas.api.framework.ListFrameworkProposals;
import nl.regiokompas.api.framework.ProposeFramework;
import nl.regiokompas.api.route.RouteAction;
import nl.regiokompas.platform.region.RegionProperties;
import nl.regiokompas.web.security.RegiokompasUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Phase 1 of the route: the programmateam proposes a framework version, each gemeente's bestuurder adopts or
 * declines it; it comes into force when all adopted. GET /api/framework keeps answering the version in force.
 */
@RestController
@RequestMapping("/api/framework")
class FrameworkProposalController {

    private static final ObjectMapper CONTENT = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final String regionCode;

    FrameworkProposalController(CommandGateway commands, QueryGateway queries, RegionProperties region) {
        this.commands = commands;
        this.queries = queries;
        this.regionCode = region.regionCode();
    }

    record Proposed(int version) {
    }

    record AdoptionRequest(String gemeente) {
    }

    record DeclineRequest(String gemeente, String reason) {
    }

    record Answered(int version, String gemeente, boolean inForce) {
    }

    /** A proposal with what the asking bestuurder may do on it. */
    record ProposalView(@com.fasterxml.jackson.annotation.JsonUnwrapped FrameworkProposalView proposal,
                        List<String> mayAnswerFor) {
    }

    /**
     * The body is the framework document as GET /api/framework gives it (its version and adoption fields are
     * ignored) with a {@code reason}.
     */
    @PostMapping(path = "/proposals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Proposed propose(@RequestBody String body) {
        JsonNode document = parse(body);
        String reason = document.hasNonNull("reason") ? document.get("reason").asText() : null;
        ((ObjectNode) document).remove(List.of("reason", "version", "adoptedAt", "adoptedBy"));
        FrameworkContent content;
        try {
            content = CONTENT.treeToValue(document, FrameworkContent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw RuleViolation.invalid("content", "De inhoud van het afwegingskader is niet te lezen: elk onderdeel "
                    + "moet de vorm hebben die GET /api/framework geeft.");
        }
        Integer version = commands.sendAndWait(new ProposeFramework(regionCode, content, reason));
        return new Proposed(version);
    }

    @GetMapping("/proposals")
    List<ProposalView> proposals(@AuthenticationPrincipal RegiokompasUser user) {
        return queries.query(new ListFrameworkProposals(), ResponseTypes.multipleInstancesOf(FrameworkProposalView.class))
                .join().stream().map(proposal -> view(proposal, user)).toList();
    }

    @GetMapping("/proposals/{version}")
    ProposalView proposal(@PathVariable int version, @AuthenticationPrincipal RegiokompasUser user) {
        return queries.query(new FindFrameworkProposal(version),
                        ResponseTypes.optionalInstanceOf(FrameworkProposalView.class)).join()
                .map(proposal -> view(proposal, user))
                .orElseThrow(() -> RuleViolation.notFound("Er is geen voorstel voor versie " + version
                        + " van het afwegingskader."));
    }

    @PostMapping("/versions/{version}/adoptions")
    Answered adopt(@PathVariable int version, @RequestBody AdoptionRequest request) {
        Boolean inForce = commands.sendAndWait(new AdoptFrameworkVersion(regionCode, version, request.gemeente()));
        return new Answered(version, request.gemeente(), Boolean.TRUE.equals(inForce));
    }

    @PostMapping("/versions/{version}/declines")
    Answered decline(@PathVariable int version, @RequestBody DeclineRequest request) {
        commands.sendAndWait(new DeclineFrameworkVersion(regionCode, version, request.gemeente(), request.reason()));
        return new Answered(version, request.gemeente(), false);
    }

    private static ProposalView view(FrameworkProposalView proposal, RegiokompasUser user) {
        boolean open = FrameworkProposalView.VOORGESTELD.equals(proposal.status());
        List<String> mayAnswer = open ? proposal.participants().stream()
                .filter(gemeente -> RouteAction.ADOPT_FRAMEWORK.allowsFor(user.role(), user.gemeente(), gemeente))
                .filter(gemeente -> proposal.pending().contains(gemeente)).toList() : List.of();
        return new ProposalView(proposal, mayAnswer);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = CONTENT.readTree(body == null ? "" : body);
            if (node == null || !node.isObject()) {
                throw RuleViolation.invalid("content", "Stuur het afwegingskader als JSON-object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw RuleViolation.invalid("content", "Het verzoek is geen geldige JSON.");
        }
    }
}
