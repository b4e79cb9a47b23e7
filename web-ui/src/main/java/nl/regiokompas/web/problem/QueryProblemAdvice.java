package nl.regiokompas.web.problem;

import nl.regiokompas.api.rebuild.RebuildAlreadyRunning;
import nl.regiokompas.web.query.InvalidQueryParameter;
import nl.regiokompas.web.query.NotFound;
import nl.regiokompas.web.query.ProjectionBehind;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problem+json answers of the query endpoints; ahead of {@link ProblemAdvice}, which handles the rest. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblemAdvice {

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound missing) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "Niet gevonden", missing.getMessage()));
    }

    @ExceptionHandler(RebuildAlreadyRunning.class)
    ResponseEntity<ProblemDetail> rebuildRunning(RebuildAlreadyRunning running) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Herbouw loopt al", running.getMessage());
        problem.setProperty("rebuild", running.running());
        return respond(problem);
    }

    @ExceptionHandler(InvalidQueryParameter.class)
    ResponseEntity<ProblemDetail> invalid(InvalidQueryParameter invalid) {
        return respond(Problems.invalid(invalid.parameter(), invalid.getMessage()));
    }

    @ExceptionHandler(ProjectionBehind.class)
    ResponseEntity<ProblemDetail> behind(ProjectionBehind behind) {
        return respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Nog niet bijgewerkt", behind.getMessage()));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
