package nl.regiokompas.command.assessment;

import java.net.URI;

import nl.regiokompas.api.assessment.FormalBody;
import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.RuleViolation;

import static nl.regiokompas.command.common.Rules.optionalText;

/** How a formal decision is named in refusals, and the optional link to its publication (http or https only). */
final class FormalDecisionLinks {

    private FormalDecisionLinks() {
    }

    static String optionalUrl(String url) {
        String given = optionalText("url", "de link", url, Limits.SHORT_TEXT * 5);
        if (given == null) {
            return null;
        }
        try {
            URI uri = new URI(given);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return given;
            }
        } catch (Exception ignored) {
            // refused below
        }
        throw RuleViolation.invalid("url", "De link moet een webadres zijn dat begint met https:// of http://.");
    }

    static String bodyName(FormalBody body, String gemeente) {
        return switch (body) {
            case COLLEGE -> "het college van " + gemeente;
            case RAAD -> "de raad van " + gemeente;
            case BESTUURSTAFEL -> "de Bestuurstafel";
        };
    }
}
