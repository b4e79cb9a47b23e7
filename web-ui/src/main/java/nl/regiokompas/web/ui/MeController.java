package nl.regiokompas.web.ui;

import nl.regiokompas.web.security.RegiokompasUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, so the browser can greet the user and show only the forms their role may use. The
 * server still decides every request; hiding a form is a courtesy, never the rule.
 */
@RestController
class MeController {

    record Me(String userId, String name, String gemeente, String role, boolean mayWrite) {
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal RegiokompasUser user) {
        return new Me(user.userId(), user.name(), user.gemeente(), user.role().name(), user.role().mayWrite());
    }
}
