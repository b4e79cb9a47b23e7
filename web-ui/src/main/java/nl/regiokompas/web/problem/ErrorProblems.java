package nl.regiokompas.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem documents of errors that no controller of Regiokompas answered itself: the web server's own
 * refusals, Spring's defaults and the {@code /error} fallback. One Dutch title and detail per status.
 */
public final class ErrorProblems {

    private ErrorProblems() {
    }

    public static ProblemDetail forStatus(int status, String method) {
        return switch (status) {
            case 400 -> Problems.of(HttpStatus.BAD_REQUEST, "Ongeldige aanvraag", "Regiokompas kan deze aanvraag "
                    + "niet verwerken: het adres, de headers of de inhoud zijn ongeldig of te lang.");
            case 401 -> Problems.of(HttpStatus.UNAUTHORIZED, "Niet aangemeld", "Meld u aan om dit te doen.");
            case 403 -> Problems.of(HttpStatus.FORBIDDEN, "Niet toegestaan", "U mag dit niet doen.");
            case 404 -> Problems.of(HttpStatus.NOT_FOUND, "Niet gevonden", "Op dit adres is niets te vinden.");
            case 405 -> Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "Methode niet toegestaan",
                    (method == null ? "Deze methode" : "De methode " + method) + " is op dit adres niet toegestaan.");
            case 406 -> Problems.of(HttpStatus.NOT_ACCEPTABLE, "Formaat niet beschikbaar", "Dit antwoord is er "
                    + "niet in het gevraagde formaat (Accept); vraag application/json.");
            case 413 -> tooLarge();
            case 414 -> Problems.of(HttpStatus.URI_TOO_LONG, "Adres te lang", "Het adres van de aanvraag is te lang.");
            case 415 -> Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Formaat niet ondersteund", "Stuur de "
                    + "inhoud als JSON (Content-Type: application/json).");
            case 431 -> Problems.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Headers te groot",
                    "De headers van de aanvraag zijn te groot.");
            case 503 -> Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Tijdelijk niet beschikbaar",
                    "Regiokompas is tijdelijk niet beschikbaar. Probeer het zo opnieuw.");
            default -> otherStatus(status);
        };
    }

    private static ProblemDetail otherStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            known = status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        if (known.is5xxServerError()) {
            return Problems.of(known, "Interne fout", "Er ging iets mis in Regiokompas. Probeer het later opnieuw; "
                    + "blijft het misgaan, meld het dan aan het programmateam.");
        }
        return Problems.of(known, "Aanvraag niet verwerkt",
                "Regiokompas kon deze aanvraag niet verwerken (HTTP " + status + ").");
    }

    public static ProblemDetail tooLarge() {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Te groot", "De inhoud van de aanvraag is groter dan "
                + RequestBodyLimit.MAX_BYTES / (1024 * 1024) + " MB; stuur minder tegelijk.");
    }
}
