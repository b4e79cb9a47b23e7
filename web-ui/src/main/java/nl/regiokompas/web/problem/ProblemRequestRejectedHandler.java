package nl.regiokompas.web.problem;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a request that Spring Security's firewall refuses (a double slash, {@code ..;}, an encoded
 * slash or dot, a header with control characters) with problem+json. Spring Security takes this bean for
 * its filter chain by type.
 */
@Component
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemRequestRejectedHandler.class);

    private final ProblemWriter writer;

    ProblemRequestRejectedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       RequestRejectedException rejected) throws IOException {
        log.debug("Firewall refused {}: {}", request.getRequestURI(), rejected.getMessage());
        writer.write(response, HttpStatus.BAD_REQUEST, "Ongeldig adres", "Regiokompas weigert dit adres of deze "
                + "headers: dubbele schuine strepen, '..', ';', gecodeerde schuine strepen of punten en onzichtbare "
                + "tekens zijn niet toegestaan. Gebruik het gewone adres.");
    }
}
