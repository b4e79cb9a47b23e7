package nl.regiokompas.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.regiokompas.web.problem.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * 401 as problem+json for the API (the browser is sent to the login page instead), or 429 with Retry-After
 * while the {@link SignInThrottle} refuses password attempts for this user from this address.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        if (authException instanceof SignInThrottled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Te veel mislukte aanmeldpogingen",
                    "Er is te vaak een verkeerd wachtwoord gegeven voor deze gebruiker vanaf dit adres. Probeer het over "
                            + throttled.retryAfterSeconds() + " seconden opnieuw.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Regiokompas\"");
        problems.write(response, HttpStatus.UNAUTHORIZED, "Niet aangemeld",
                "Meld u aan (HTTP Basic of het aanmeldformulier) om Regiokompas te gebruiken.");
    }
}
