package nl.regiokompas.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords over HTTP: after a few failures the account is refused from this address for a short,
 * growing window, before the password is even checked, and accepted again after it. Every test ends with a
 * successful sign-in, which starts the account afresh for the other tests.
 */
class SignInThrottlingTest extends IntegrationTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** Long enough that the next requests of the test surely fall inside the window, even on a busy machine. */
    private static final long WINDOW_SECONDS = 4;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void repeated_wrong_basic_passwords_are_answered_429_with_retry_after() throws Exception {
        HttpResponse<String> throttled = guessUntilThrottled("raadslid.zst");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(throttled.body()).contains("Probeer het over");
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        awaitSignedIn("raadslid.zst");
    }

    @Test
    void the_right_password_is_refused_while_the_window_lasts_and_accepted_after_it() throws Exception {
        guessUntilThrottled("raadslid.zst");

        assertThat(basic("raadslid.zst", Api.PASSWORD).statusCode()).isEqualTo(429);
        awaitSignedIn("raadslid.zst");
    }

    @Test
    void the_websocket_handshake_is_refused_while_the_window_lasts() throws Exception {
        guessUntilThrottled("raadslid.zst");

        HttpResponse<String> handshake = send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/ws"))
                .header("Authorization", header("raadslid.zst", Api.PASSWORD)).GET());

        assertThat(handshake.statusCode()).isEqualTo(429);
        awaitSignedIn("raadslid.zst");
    }

    @Test
    void another_account_from_the_same_address_is_not_affected() throws Exception {
        guessUntilThrottled("raadslid.zst");

        assertThat(basic("raadslid.bun", Api.PASSWORD).statusCode()).isEqualTo(200);
        awaitSignedIn("raadslid.zst");
    }

    @Test
    void repeated_wrong_form_logins_show_a_dutch_message_and_refuse_the_right_password_for_a_while() throws Exception {
        String location = "";
        for (int attempt = 0; attempt < 30 && !location.contains("throttled"); attempt++) {
            location = formLogin("raadslid.hou", "fout");
        }
        assertThat(location).contains("/login?throttled=");

        assertThat(formLogin("raadslid.hou", Api.PASSWORD)).contains("/login?throttled=");
        String page = send(HttpRequest.newBuilder(URI.create(api.baseUrl() + location)).GET()).body();
        assertThat(page).contains("Er is te vaak een verkeerd wachtwoord gegeven").contains("opnieuw");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> !formLogin("raadslid.hou", Api.PASSWORD).contains("/login"));
    }

    /**
     * Wrong passwords until the account is refused for at least {@link #WINDOW_SECONDS}; shorter windows
     * on the way are waited out, so the next failure doubles the window.
     */
    private HttpResponse<String> guessUntilThrottled(String user) throws Exception {
        for (int attempt = 0; attempt < 30; attempt++) {
            HttpResponse<String> answer = basic(user, "fout");
            if (answer.statusCode() == 429) {
                long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
                if (retryAfter >= WINDOW_SECONDS) {
                    return answer;
                }
                Thread.sleep(retryAfter * 1000);
            } else {
                assertThat(answer.statusCode()).isEqualTo(401);
            }
        }
        throw new AssertionError("never throttled");
    }

    private void awaitSignedIn(String user) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> basic(user, Api.PASSWORD).statusCode() == 200);
    }

    private HttpResponse<String> basic(String user, String password) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/me"))
                .header("Authorization", header(user, password)).header("Accept", "application/json").GET());
    }

    /** Signs in through the login form; answers where the browser is sent next. */
    private String formLogin(String user, String password) throws IOException, InterruptedException {
        String loginPage = send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login")).GET()).body();
        Matcher csrf = CSRF_FIELD.matcher(loginPage);
        assertThat(csrf.find()).as(loginPage).isTrue();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow().replace(api.baseUrl(), "");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
