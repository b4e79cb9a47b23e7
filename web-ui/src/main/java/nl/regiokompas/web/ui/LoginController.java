package nl.regiokompas.web.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import nl.regiokompas.web.framework.SeedProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page of the browser. Spring Security handles POST /login; this page only renders the form
 * with the CSRF token as a hidden field, a Dutch message after a failed attempt, too many failed attempts
 * (see SignInThrottle) or a sign-out, and the
 * demo users when they were seeded (embedded mode only).
 */
@Controller
class LoginController {

    private final String template;
    private final boolean demoUsers;

    LoginController(SeedProperties seed) throws IOException {
        this.demoUsers = seed.demoUsers();
        try (InputStream in = new ClassPathResource("ui/login.html").getInputStream()) {
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(CsrfToken csrf, @RequestParam(required = false) String error,
                 @RequestParam(required = false) String logout, @RequestParam(required = false) String throttled) {
        String message = "";
        boolean failed = error != null;
        if (throttled != null) {
            message = "<div class=\"melding melding--fout\" id=\"login-fout\" role=\"alert\">"
                    + "<p>Er is te vaak een verkeerd wachtwoord gegeven voor deze gebruiker. " + waitFor(throttled)
                    + "</p></div>";
        } else if (failed) {
            message = "<div class=\"melding melding--fout\" id=\"login-fout\" role=\"alert\">"
                    + "<p>Aanmelden is niet gelukt. Controleer uw gebruikersnaam en wachtwoord en probeer het opnieuw.</p></div>";
        } else if (logout != null) {
            message = "<div class=\"melding melding--info\" role=\"status\"><p>U bent afgemeld.</p></div>";
        }
        String demo = demoUsers
                ? "<section class=\"demo\" aria-labelledby=\"demo-kop\"><h2 id=\"demo-kop\">Demogebruikers</h2>"
                + "<p>In deze demo-omgeving is het wachtwoord van iedere gebruiker <code>demo</code>.</p><ul>"
                + "<li><code>strateeg.hou</code>, <code>strateeg.bun</code>, … (strateeg per gemeente)</li>"
                + "<li><code>bestuurder.hou</code>, <code>bestuurder.bun</code>, … (wethouder per gemeente)</li>"
                + "<li><code>raadslid.hou</code>, … (raadslid, alleen lezen)</li>"
                + "<li><code>programmateam</code> en <code>auditor</code></li></ul>"
                + "<p>Gemeentecodes: <code>bun</code> Bunnik, <code>hou</code> Houten, <code>uhr</code> Utrechtse Heuvelrug, "
                + "<code>wbd</code> Wijk bij Duurstede, <code>zst</code> Zeist.</p></section>"
                : "";
        return template
                .replace("{{csrfParameter}}", HtmlUtils.htmlEscape(csrf.getParameterName()))
                .replace("{{csrfToken}}", HtmlUtils.htmlEscape(csrf.getToken()))
                .replace("{{message}}", message)
                .replace("{{invalid}}", failed ? " aria-invalid=\"true\" aria-describedby=\"login-fout\"" : "")
                .replace("{{demo}}", demo);
    }

    private static String waitFor(String seconds) {
        if (seconds.matches("[1-9][0-9]{0,5}")) {
            int wait = Integer.parseInt(seconds);
            return wait == 1 ? "Probeer het over 1 seconde opnieuw." : "Probeer het over " + wait + " seconden opnieuw.";
        }
        return "Wacht even en probeer het dan opnieuw.";
    }
}
