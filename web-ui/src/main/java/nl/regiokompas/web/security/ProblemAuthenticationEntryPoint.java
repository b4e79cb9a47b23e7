package nl.regiokompas.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.regiokompas.web.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** 401 as problem+json for the API; the browser is sent to the login page instead. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Regiokompas\"");
        problems.write(response, HttpStatus.UNAUTHORIZED, "Niet aangemeld",
                "Meld u aan (HTTP Basic of het aanmeldformulier) om Regiokompas te gebruiken.");
    }
}
