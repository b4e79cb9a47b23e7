package nl.regiokompas.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords over HTTP: after a few failures the account is refused from this address for a short,
 * growing window, before the password is even checked, and accepted again after it. Every test ends with a
 * successful sign-in, which starts the account afresh for the other tests.
 */
class SignInThrottlingTest extends IntegrationTest {

    /** Long enough that the next requests of the test surely fall inside the window, even on a busy machine. */
    private static final long WINDOW_SECONDS = 4;

    private final HttpClient http = HttpClient.newHttpClient();
    private FormSession browser;

    @BeforeEach
    void openBrowserSession() {
        browser = new FormSession(api.baseUrl());
    }

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
            location = browser.signIn("raadslid.hou", "fout");
        }
        assertThat(location).contains("/login?throttled=");

        assertThat(browser.signIn("raadslid.hou", Api.PASSWORD)).contains("/login?throttled=");
        String page = browser.get(location).body();
        assertThat(page).contains("Er is te vaak een verkeerd wachtwoord gegeven").contains("opnieuw");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> !browser.signIn("raadslid.hou", Api.PASSWORD).contains("/login"));
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

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
