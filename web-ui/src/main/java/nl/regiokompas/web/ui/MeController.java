package nl.regiokompas.web.ui;

import nl.regiokompas.web.security.RegiokompasUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, so the browser can greet the user and show only the forms their role may use. The
 * server still decides every request; hiding a form is a courtesy, never the rule. {@code mayVerifyIntegrity}
 * asks the security rules themselves whether this user may call the integrity check, so the page has no
 * role table of its own.
 */
@RestController
class MeController {

    static final String INTEGRITY_CHECK = "/api/audit/verify";

    private final WebInvocationPrivilegeEvaluator privileges;

    MeController(WebInvocationPrivilegeEvaluator privileges) {
        this.privileges = privileges;
    }

    record Me(String userId, String name, String gemeente, String role, boolean mayWrite,
              boolean mayVerifyIntegrity) {
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal RegiokompasUser user, Authentication authentication) {
        return new Me(user.userId(), user.name(), user.gemeente(), user.role().name(), user.role().mayWrite(),
                privileges.isAllowed(null, INTEGRITY_CHECK, "GET", authentication));
    }
}
