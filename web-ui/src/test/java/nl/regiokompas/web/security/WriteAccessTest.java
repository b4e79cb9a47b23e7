package nl.regiokompas.web.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may write, and what a refused writer is told. A browser session proves every write with its CSRF
 * token; only a request that is itself authenticated by HTTP Basic or a bearer token goes without, because
 * a browser does not add those to a forged cross-site request.
 */
class WriteAccessTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPEN_ASSESSMENT = "{\"themeCode\":\"JEUGD\"}";

    @Autowired
    private JdbcTemplate jdbc;

    private FormSession browser;

    @BeforeEach
    void signInWithTheForm() throws Exception {
        browser = new FormSession(api.baseUrl());
        browser.signIn("strateeg.bun", Api.PASSWORD);
    }

    @Test
    void a_session_writes_with_its_csrf_token() throws Exception {
        long before = assessmentCount();

        HttpResponse<String> opened = browser.send(openAssessment().header("X-XSRF-TOKEN", browser.csrfToken()));

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(assessmentCount()).isEqualTo(before + 1);
    }

    @Test
    void a_session_with_a_bogus_bearer_header_and_no_csrf_token_changes_nothing() throws Exception {
        long before = assessmentCount();

        HttpResponse<String> refused = browser.send(openAssessment().header("Authorization", "Bearer x"));

        assertThat(refused.statusCode()).as(refused.body()).isIn(401, 403);
        assertThat(assessmentCount()).isEqualTo(before);
    }

    @Test
    void a_session_with_a_wrong_basic_password_and_no_csrf_token_changes_nothing() throws Exception {
        long before = assessmentCount();

        HttpResponse<String> refused = browser.send(openAssessment()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("strateeg.bun:fout".getBytes(UTF_8))));

        assertThat(refused.statusCode()).as(refused.body()).isIn(401, 403);
        assertThat(assessmentCount()).isEqualTo(before);
    }

    @Test
    void a_session_without_csrf_token_is_told_about_the_token() throws Exception {
        HttpResponse<String> refused = browser.send(openAssessment());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(detail(refused)).contains("CSRF-token");
    }

    @Test
    void a_script_with_basic_credentials_writes_without_csrf_token() {
        Api.Response opened = api.postRaw("strateeg.bun", "/api/assessments", OPEN_ASSESSMENT);

        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    }

    @Test
    void an_anonymous_write_is_unauthorized() {
        Api.Response refused = api.postRaw(null, "/api/assessments", OPEN_ASSESSMENT);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void an_anonymous_write_is_challenged_for_credentials() throws Exception {
        HttpResponse<String> refused = new FormSession(api.baseUrl()).send(openAssessment());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
    }

    @Test
    void a_raadslid_is_told_that_raadsleden_only_read() {
        Api.Response refused = api.postRaw("raadslid.bun", "/api/assessments", OPEN_ASSESSMENT);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).contains("Raadsleden kunnen alleen lezen").doesNotContain("auditor");
    }

    @Test
    void an_auditor_is_told_that_auditors_only_read() {
        Api.Response refused = api.postRaw("auditor", "/api/assessments", OPEN_ASSESSMENT);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).contains("Auditors kunnen alleen lezen").doesNotContain("Raadsleden");
    }

    @Test
    void a_strateeg_is_told_that_the_role_may_not_do_this() {
        Api.Response refused = api.postRaw("strateeg.bun", "/api/admin/projections/rebuild", "{}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).contains("strateeg").doesNotContain("alleen lezen");
    }

    @Test
    void a_raadslid_reading_what_only_auditors_read_is_not_told_about_writing() {
        Api.Response refused = api.get("raadslid.bun", "/api/audit/verify");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).contains("raadslid").doesNotContain("alleen lezen");
    }

    private HttpRequest.Builder openAssessment() {
        return browser.request("/api/assessments").header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(OPEN_ASSESSMENT));
    }

    /**
     * Counted in the store, not in the assessment list: the list is a projection that may still be taking in an
     * assessment an earlier test opened, which would look like a change made by the refused request.
     */
    private long assessmentCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = ?", Long.class,
                AssessmentOpened.class.getName());
    }

    private static String detail(HttpResponse<String> problem) throws IOException {
        return JSON.readTree(problem.body()).get("detail").asText();
    }
}
