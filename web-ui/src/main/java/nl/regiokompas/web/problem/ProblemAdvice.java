package nl.regiokompas.web.problem;

import java.util.List;

import nl.regiokompas.api.common.CommandRefusal;
import nl.regiokompas.api.common.ConcurrentChangeRefused;
import nl.regiokompas.api.common.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refusal into a problem+json answer with the right status: 400 bad input, 403 not allowed,
 * 404 unknown, 409 concurrent change or illegal state. A refused command has changed nothing: the
 * aggregate threw before any event was stored.
 */
@RestControllerAdvice
@Order(0)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final java.net.URI ABOUT_BLANK = java.net.URI.create("about:blank");

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation violation) {
        ProblemDetail problem = switch (violation.kind()) {
            case INVALID -> Problems.invalid(violation.field() == null ? "body" : violation.field(), violation.getMessage());
            case NOT_ALLOWED -> Problems.of(HttpStatus.FORBIDDEN, "Niet toegestaan", violation.getMessage());
            case NOT_FOUND -> Problems.of(HttpStatus.NOT_FOUND, "Niet gevonden", violation.getMessage());
            case ILLEGAL_STATE -> Problems.of(HttpStatus.CONFLICT, "Niet mogelijk in deze toestand", violation.getMessage());
        };
        if (!violation.items().isEmpty()) {
            // What the refusal lists one by one (what a package misses, who gave no input where), for a list on screen.
            problem.setProperty("missing", violation.items());
        }
        return respond(problem);
    }

    @ExceptionHandler(ConcurrentChangeRefused.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrentChangeRefused refused) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Gelijktijdige wijziging", refused.getMessage());
        problem.setProperty("expectedVersion", refused.expectedVersion());
        problem.setProperty("currentVersion", refused.actualVersion());
        problem.setProperty("unseenChanges", refused.unseenChanges());
        return respond(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException missing) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "Niet gevonden",
                "Er bestaat niets met id '" + missing.getAggregateIdentifier() + "'."));
    }

    /** Two writers raced for the same aggregate version (also across application instances). */
    @ExceptionHandler({ConcurrencyException.class, EventStoreException.class})
    ResponseEntity<ProblemDetail> concurrency(RuntimeException exception) {
        log.info("Concurrent write refused: {}", exception.getMessage());
        return respond(Problems.of(HttpStatus.CONFLICT, "Gelijktijdige wijziging",
                "Iemand anders wijzigde dit onderdeel op hetzelfde moment. Haal de nieuwste versie op en probeer het opnieuw."));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> refusal(CommandExecutionException exception) {
        Object details = exception.getDetails().orElse(null);
        RuntimeException refusal = details instanceof CommandRefusal known ? known.toException() : null;
        if (refusal instanceof RuleViolation violation) {
            return ruleViolation(violation);
        }
        if (refusal instanceof ConcurrentChangeRefused refused) {
            return concurrentChange(refused);
        }
        throw exception;
    }

    /** Query handlers answer through futures; the refusal is somewhere in the cause chain. */
    @ExceptionHandler({java.util.concurrent.CompletionException.class,
            org.axonframework.queryhandling.QueryExecutionException.class})
    ResponseEntity<ProblemDetail> wrapped(RuntimeException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return ruleViolation(violation);
            }
            if (cause instanceof NoHandlerForQueryException) {
                return sideUnavailable();
            }
        }
        throw exception;
    }

    /** In a split deployment the other side may be down or not yet connected to Axon Server. */
    @ExceptionHandler({NoHandlerForCommandException.class, NoHandlerForQueryException.class})
    ResponseEntity<ProblemDetail> sideUnavailable() {
        return respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Tijdelijk niet beschikbaar",
                "Het deel van Regiokompas dat deze vraag behandelt is nu niet bereikbaar. Probeer het zo opnieuw."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException mismatch) {
        return respond(Problems.invalid(mismatch.getName(),
                "Ongeldige waarde '" + mismatch.getValue() + "' voor " + mismatch.getName() + "."));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException exception) {
        return respond(Problems.invalid("body", exception.getMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return problemResponse(Problems.invalid("body",
                "De inhoud is geen geldige JSON of heeft velden van het verkeerde type."));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return problemResponse(Problems.invalid(exception.getParameterName(),
                "Geef de parameter " + exception.getParameterName() + " op."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Problems.FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return problemResponse(Problems.invalid("Een of meer velden ontbreken of zijn ongeldig.", errors));
    }

    /** Spring's own answers (405, 406, 415, an unknown path, ...) get the Dutch texts of {@link ErrorProblems}. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        Object problem = body;
        if (body instanceof ProblemDetail spring && (spring.getType() == null || ABOUT_BLANK.equals(spring.getType()))) {
            ProblemDetail dutch = ErrorProblems.forStatus(statusCode.value(), request instanceof ServletWebRequest servlet
                    ? servlet.getHttpMethod().name() : null);
            dutch.setInstance(spring.getInstance());
            problem = dutch;
        }
        return ResponseEntity.status(statusCode).headers(headers).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> problemResponse(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
