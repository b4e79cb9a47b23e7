package nl.regiokompas.web.security;

import static nl.regiokompas.web.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.regiokompas.web.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production layout's sign-in: access tokens of an OpenID Connect provider, here one whose public key is
 * configured and whose tokens this test signs. Its own Spring context, because the provider is configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:oidc/test-signing-key.pub")
@ActiveProfiles("test")
class BearerTokenTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;

    @Test
    void a_token_names_the_user_gemeente_and_role() throws Exception {
        JsonNode me = JSON.readTree(get("/api/me", token("j.jansen", "Jan Jansen", "HOU", "STRATEEG")).body());

        assertThat(me.get("userId").asText()).isEqualTo("j.jansen");
        assertThat(me.get("name").asText()).isEqualTo("Jan Jansen");
        assertThat(me.get("gemeente").asText()).isEqualTo("HOU");
        assertThat(me.get("role").asText()).isEqualTo("STRATEEG");
    }

    @Test
    void a_command_with_a_token_needs_no_csrf_token_and_records_the_token_user() throws Exception {
        String token = token("j.jansen", "Jan Jansen", "HOU", "STRATEEG");
        HttpResponse<String> opened = post("/api/assessments", token, Api.toJson(body("themeCode", "WMO")));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String assessmentId = JSON.readTree(opened.body()).get("assessmentId").asText();

        JsonNode history = JSON.readTree(get("/api/assessments/" + assessmentId + "/history", token).body());

        assertThat(history.get(0).get("actor").get("userId").asText()).isEqualTo("j.jansen");
        assertThat(history.get(0).get("actor").get("gemeente").asText()).isEqualTo("HOU");
    }

    @Test
    void a_reader_token_may_not_write() throws Exception {
        HttpResponse<String> refused = post("/api/assessments", token("r.raad", "R. Raad", "BUN", "RAADSLID"),
                Api.toJson(body("themeCode", "WMO")));

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void a_token_without_a_regiokompas_role_is_refused() throws Exception {
        assertThat(get("/api/me", token("x", "X", "BUN", null)).statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_signed_by_someone_else_is_refused() throws Exception {
        String token = token("j.jansen", "Jan Jansen", "HOU", "STRATEEG");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        HttpResponse<String> answer = get("/api/me", forged);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String user, String name, String gemeente, String role) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("sub-" + user)
                .claim("preferred_username", user)
                .claim("name", name)
                .claim("gemeente", gemeente)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        if (role != null) {
            claims.claim("regiokompas_role", role);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        jwt.sign(new RSASSASigner(signingKey()));
        return jwt.serialize();
    }

    private static RSAPrivateKey signingKey() throws Exception {
        String pem = new String(new ClassPathResource("oidc/test-signing-key.pk8.pem").getInputStream().readAllBytes(),
                StandardCharsets.US_ASCII);
        byte[] der = Base64.getMimeDecoder().decode(pem.replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", ""));
        return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }
}
