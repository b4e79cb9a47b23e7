package nl.regiokompas.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every integration test: one Spring context with one embedded PostgreSQL for the whole test JVM.
 * Subclasses must not add context configuration (no @MockitoBean, no extra properties), or Spring would
 * start a second context and a second database. Tests share the database, so each test works on
 * assessments it opens itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void connectApi() {
        api = new Api("http://localhost:" + port);
    }
}
