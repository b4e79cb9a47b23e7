package nl.regiokompas.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import nl.regiokompas.web.Api;
import nl.regiokompas.web.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every error answer of the application is problem+json with a Dutch title and detail: also the ones that
 * Tomcat, Spring Security's firewall or Spring's fallback give before or beside any controller. Sent over a
 * plain socket to the real server, since an HTTP client would refuse to send most of these requests.
 */
class ProblemEverywhereTest extends IntegrationTest {

    private static final String STRATEEG = "Authorization: " + Api.basic("strateeg.bun") + "\r\n";
    private static final String PROGRAMMATEAM = "Authorization: " + Api.basic("programmateam") + "\r\n";

    private RawHttp http;

    @BeforeEach
    void connect() {
        http = new RawHttp(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/%", "/api/a|b", "/api/a%2Fb", "/api/%zz", "/api/a{b}"})
    void an_address_tomcat_refuses_is_a_problem(String path) {
        RawHttp.Answer answer = http.send("GET " + path + " HTTP/1.1\r\n" + STRATEEG);

        assertProblem(answer, 400);
    }

    @Test
    void headers_over_the_limit_are_a_problem() {
        RawHttp.Answer answer = http.send("GET /api/region HTTP/1.1\r\n" + STRATEEG
                + "X-Groot: " + "a".repeat(20_000) + "\r\n");

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 431);
        assertProblem(answer, answer.status());
    }

    @Test
    void an_address_over_the_limit_is_a_problem() {
        RawHttp.Answer answer = http.send("GET /api/region?x=" + "a".repeat(20_000) + " HTTP/1.1\r\n" + STRATEEG);

        assertThat(answer.status()).as(answer.toString()).isBetween(400, 431);
        assertProblem(answer, answer.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"//api/region", "/api/..;/region", "/api/region;x=1", "/api/./region"})
    void an_address_the_firewall_refuses_is_a_problem(String path) {
        RawHttp.Answer answer = http.send("GET " + path + " HTTP/1.1\r\n" + STRATEEG);

        assertProblem(answer, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETE /", "DELETE /api/region", "PUT /api/assessments", "PATCH /index.html",
            "DELETE /css/regiokompas.css", "PUT /login"})
    void a_method_an_address_does_not_allow_is_a_problem(String request) {
        RawHttp.Answer answer = http.send(request + " HTTP/1.1\r\n" + STRATEEG + "Content-Length: 0\r\n");

        assertProblem(answer, 405);
        assertThat(answer.json().get("detail").asText()).endsWith("is op dit adres niet toegestaan.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/bestaat-niet", "/api/assessments/x/y/z", "/bestaat-niet"})
    void an_unknown_address_is_a_problem(String path) {
        RawHttp.Answer answer = http.send("GET " + path + " HTTP/1.1\r\n" + STRATEEG);

        assertProblem(answer, 404);
    }

    @Test
    void the_error_fallback_answers_a_browser_with_a_problem_too() {
        RawHttp.Answer answer = http.send("GET /error HTTP/1.1\r\n" + STRATEEG + "Accept: text/html\r\n");

        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_unsupported_content_type_is_a_problem() {
        RawHttp.Answer answer = http.send("POST /api/assessments HTTP/1.1\r\n" + STRATEEG
                + "Content-Type: text/plain\r\nContent-Length: 5\r\n", bytes("JEUGD"));

        assertProblem(answer, 415);
    }

    @Test
    void an_unavailable_answer_format_is_a_problem() {
        RawHttp.Answer answer = http.send("GET /api/region HTTP/1.1\r\n" + STRATEEG + "Accept: text/csv\r\n");

        assertProblem(answer, 406);
    }

    @Test
    void a_missing_body_is_a_problem() {
        RawHttp.Answer answer = http.send("POST /api/assessments HTTP/1.1\r\n" + STRATEEG
                + "Content-Type: application/json\r\nContent-Length: 0\r\n");

        assertProblem(answer, 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "-1", "3601", "99999999999999999999"})
    void an_absurd_rebuild_wait_is_a_problem(String waitSeconds) {
        RawHttp.Answer answer = http.send("POST /api/admin/projections/rebuild?wait=true&waitSeconds=" + waitSeconds
                + " HTTP/1.1\r\n" + PROGRAMMATEAM + "Content-Length: 0\r\n");

        assertProblem(answer, 400);
    }

    @Test
    void a_body_declared_over_one_megabyte_is_refused_before_it_is_read() {
        byte[] body = jsonOfSize(1024 * 1024 + 1);

        RawHttp.Answer answer = http.send("POST /api/assessments HTTP/1.1\r\n" + STRATEEG
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n", body);

        assertProblem(answer, 413);
    }

    @Test
    void a_chunked_body_over_one_megabyte_is_refused() {
        RawHttp.Answer answer = http.send("POST /api/assessments HTTP/1.1\r\n" + STRATEEG
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                RawHttp.chunked(jsonOfSize(1024 * 1024 + 1)));

        assertProblem(answer, 413);
    }

    @Test
    void a_chunked_body_within_the_limit_is_handled_as_usual() {
        RawHttp.Answer answer = http.send("POST /api/assessments HTTP/1.1\r\n" + STRATEEG
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                RawHttp.chunked(bytes("{\"themeCode\":\"JEUGD\",\"title\":\"In stukjes\"}")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("title").asText()).isNotBlank();
        assertThat(answer.json().get("detail").asText()).as(answer.toString())
                .doesNotContain("not supported", "No static resource", "Required", "Bad Request");
    }

    /** A JSON object whose one text pads it to exactly {@code size} bytes. */
    private static byte[] jsonOfSize(int size) {
        String start = "{\"themeCode\":\"JEUGD\",\"title\":\"";
        String end = "\"}";
        return bytes(start + "x".repeat(size - start.length() - end.length()) + end);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
