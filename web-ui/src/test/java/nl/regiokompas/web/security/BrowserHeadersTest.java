package nl.regiokompas.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import nl.regiokompas.web.assessment.AssessmentScenarios;
import org.junit.jupiter.api.Test;

/** The headers that tell the browser what the pages may do; the browser tests check that the UI keeps to them. */
class BrowserHeadersTest extends IntegrationTest {

    @Test
    void pages_allow_only_their_own_scripts_styles_and_connections() throws Exception {
        String policy = header(new FormSession(api.baseUrl()).get("/login"), "Content-Security-Policy");

        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
                "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void the_api_answers_carry_the_policy_too() throws Exception {
        FormSession browser = new FormSession(api.baseUrl());
        browser.signIn("strateeg.wbd", Api.PASSWORD);

        assertThat(header(browser.get("/api/me"), "Content-Security-Policy")).contains("script-src 'self'");
    }

    @Test
    void no_referrer_leaves_the_site_and_no_device_feature_is_available() throws Exception {
        HttpResponse<String> page = new FormSession(api.baseUrl()).get("/login");

        assertThat(header(page, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(page, "Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
    }

    @Test
    void the_session_cookie_is_not_sent_with_cross_site_posts() throws Exception {
        HttpResponse<String> signedIn = new FormSession(api.baseUrl()).submitLogin("strateeg.wbd", Api.PASSWORD);

        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax").contains("HttpOnly"));
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void the_printable_record_carries_the_strict_policy_and_nothing_inline() throws Exception {
        AssessmentScenarios jeugd = AssessmentScenarios.open(api, "JEUGD");
        FormSession auditor = new FormSession(api.baseUrl());
        auditor.signIn("auditor", Api.PASSWORD);

        HttpResponse<String> record = auditor.get(jeugd.path("/record.html"));

        assertThat(header(record, "Content-Security-Policy"))
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(record.body()).doesNotContain("<style", "<script", "style=");
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }
}
