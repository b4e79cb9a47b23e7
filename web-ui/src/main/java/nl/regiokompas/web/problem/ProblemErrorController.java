package nl.regiokompas.web.problem;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the servlet container sends every error that no handler answered (sendError, an exception outside
 * Spring MVC, an unknown path): always problem+json, also for a browser that asks for HTML. Replaces Spring
 * Boot's BasicErrorController and its {@code {timestamp,status,error,path}} or whitelabel page.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemWriter writer;

    ProblemErrorController(ProblemWriter writer) {
        this.writer = writer;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // The error dispatch reports GET, whatever the method of the failed request was.
        ProblemDetail problem = ErrorProblems.forStatus(status instanceof Integer code ? code : 404, null);
        response.resetBuffer();
        writer.write(response, problem);
    }
}
