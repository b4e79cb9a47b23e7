package nl.regiokompas.web.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.web.problem.ProblemWriter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * A refusal that fits the caller: someone who is not signed in gets 401 (see
 * {@link ProblemAuthenticationEntryPoint}), a browser session without its CSRF token is told so, a reader
 * who tries to write is told that the role only reads, and anyone else that the role may not do this.
 */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final ProblemWriter problems;
    private final ProblemAuthenticationEntryPoint notSignedIn;

    ProblemAccessDeniedHandler(ProblemWriter problems, ProblemAuthenticationEntryPoint notSignedIn) {
        this.problems = problems;
        this.notSignedIn = notSignedIn;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException denied) throws IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || TRUST.isAnonymous(caller)) {
            notSignedIn.commence(request, response, new InsufficientAuthenticationException("Niet aangemeld", denied));
            return;
        }
        problems.write(response, HttpStatus.FORBIDDEN, "Niet toegestaan", detail(request, caller, denied));
    }

    private static String detail(HttpServletRequest request, Authentication caller, AccessDeniedException denied) {
        if (denied instanceof CsrfException) {
            return "Het CSRF-token ontbreekt of is ongeldig. Laad de pagina opnieuw en probeer het nog eens.";
        }
        Role role = roleOf(caller);
        boolean writing = !(HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()));
        if (writing && role == Role.RAADSLID) {
            return "Raadsleden kunnen alleen lezen.";
        }
        if (writing && role == Role.AUDITOR) {
            return "Auditors kunnen alleen lezen.";
        }
        return role == null ? "U mag dit niet doen."
                : "Dit is niet toegestaan voor uw rol (" + role.name().toLowerCase(Locale.ROOT) + ").";
    }

    private static Role roleOf(Authentication caller) {
        return Arrays.stream(Role.values())
                .filter(role -> caller.getAuthorities().stream()
                        .anyMatch(authority -> ("ROLE_" + role.name()).equals(authority.getAuthority())))
                .findFirst().orElse(null);
    }
}
