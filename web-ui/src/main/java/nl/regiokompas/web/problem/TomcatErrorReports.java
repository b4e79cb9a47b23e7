package nl.regiokompas.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests before Spring sees them: an address with characters it refuses ({@code |},
 * a lone {@code %}, an encoded slash), headers over its limit, an address that is too long. Its host then
 * writes an HTML error page with its ErrorReportValve; this replaces that valve with one that writes the
 * same problem+json as the rest of the application.
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ProblemWriter writer;

    TomcatErrorReports(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            if (host instanceof StandardHost standardHost) {
                // The host adds a valve of this class only when it has none yet: ours counts.
                standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
                standardHost.getPipeline().addValve(new ProblemReportValve(writer));
            }
        });
    }

    /** Writes the error as problem+json instead of Tomcat's HTML page. */
    static class ProblemReportValve extends ErrorReportValve {

        private final ProblemWriter writer;

        ProblemReportValve(ProblemWriter writer) {
            this.writer = writer;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                String json = writer.json(ErrorProblems.forStatus(status, request.getMethod()));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer reporter = response.getReporter();
                if (reporter != null) {
                    reporter.write(json);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException failed) {
                container.getLogger().debug("Could not write the problem+json error report", failed);
            }
        }
    }
}
