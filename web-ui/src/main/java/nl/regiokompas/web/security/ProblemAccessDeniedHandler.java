package nl.regiokompas.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.regiokompas.web.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 403 as problem+json: the signed-in role may not do this (or the CSRF token is missing). */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException accessDeniedException) throws IOException {
        problems.write(response, HttpStatus.FORBIDDEN, "Niet toegestaan",
                "Uw rol mag dit niet doen. Raadsleden en auditors kunnen alleen lezen.");
    }
}
