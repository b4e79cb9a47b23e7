package nl.regiokompas.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** A chunked body within the limit is read into memory and handed on; readers of either kind get all of it. */
class RequestBodyLimitTest {

    private static final String BODY = "{\"text\":\"Houten kent eigen prioriteiten.\"}";

    @Test
    void aNonBlockingReaderOfAChunkedBodyIsToldItCanReadAllOfIt() throws Exception {
        HttpServletRequest handedOn = filterChunked(BODY);
        ServletInputStream input = handedOn.getInputStream();
        List<String> calls = new ArrayList<>();
        ByteArrayOutputStream read = new ByteArrayOutputStream();

        input.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() throws IOException {
                calls.add("onDataAvailable");
                while (input.isReady() && !input.isFinished()) {
                    read.write(input.read());
                }
            }

            @Override
            public void onAllDataRead() {
                calls.add("onAllDataRead");
            }

            @Override
            public void onError(Throwable t) {
                calls.add("onError");
            }
        });

        assertThat(calls).containsExactly("onDataAvailable", "onAllDataRead");
        assertThat(read.toString(StandardCharsets.UTF_8)).isEqualTo(BODY);
    }

    @Test
    void aBlockingReaderOfAChunkedBodyReadsItWhole() throws Exception {
        HttpServletRequest handedOn = filterChunked(BODY);

        assertThat(handedOn.getContentLengthLong()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8).length);
        assertThat(handedOn.getReader().readLine()).isEqualTo(BODY);
    }

    private static HttpServletRequest filterChunked(String body) throws Exception {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/assessments") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.addHeader("Transfer-Encoding", "chunked");
        chunked.setContent(body.getBytes(StandardCharsets.UTF_8));
        AtomicReference<HttpServletRequest> handedOn = new AtomicReference<>();
        new RequestBodyLimit(new ProblemWriter(JsonMapper.builder().build()))
                .doFilter(chunked, new MockHttpServletResponse(), (request, response) ->
                        handedOn.set((HttpServletRequest) request));
        assertThat(handedOn.get()).isNotSameAs(chunked);
        return handedOn.get();
    }
}
