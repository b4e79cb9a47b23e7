package nl.regiokompas.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.regiokompas.api.assessment.AssessmentSummary;
import nl.regiokompas.api.assessment.ListAssessments;
import nl.regiokompas.api.framework.FindFramework;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkVersion;
import nl.regiokompas.api.rebuild.AwaitProjectionsCaughtUp;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code regiokompas.demo-history.size=N} (N > 0; the {@code demo} profile sets 3) and no assessments
 * yet, writes a lived-in history for every theme of the current framework: N cycles per theme, a year apart,
 * each ending in a decision, through the real command path. {@code regiokompas.demo-history.seed} makes the
 * choices repeatable. The events are stamped with moments over the past N years and marked as demo in
 * their metadata (see {@link DemoHistory} and {@link DemoClock}).
 */
@Component
@Order(20)
@ConditionalOnExpression("${regiokompas.demo-history.size:0} > 0 and '${regiokompas.command-side.enabled:true}' == 'true'")
class DemoHistoryGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistoryGenerator.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final int cycles;
    private final long seed;

    DemoHistoryGenerator(CommandGateway commands, QueryGateway queries,
                         DemoHistoryProperties demoHistory) {
        this.commands = commands;
        this.queries = queries;
        this.cycles = demoHistory.size();
        this.seed = demoHistory.seed();
    }

    @Override
    public void run(ApplicationArguments args) {
        FrameworkContent framework = currentFramework();
        if (!noAssessmentsYet()) {
            log.info("Demo history skipped: assessments exist already");
            return;
        }
        log.info("Writing demo history: {} cycles for each of {} themes", cycles, framework.themes().size());
        new DemoHistory(commands, framework, seed).write(framework.themes(), cycles);
        log.info("Demo history written");
    }

    private boolean noAssessmentsYet() {
        queries.query(new AwaitProjectionsCaughtUp(List.of(), PATIENCE), Boolean.class).join();
        return queries.query(ListAssessments.all(), ResponseTypes.multipleInstancesOf(AssessmentSummary.class))
                .join().isEmpty();
    }

    /** The framework is adopted by another start-up step; its projection may still be catching up. */
    private FrameworkContent currentFramework() {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<FrameworkVersion> current = queries.query(new FindFramework(null),
                    ResponseTypes.optionalInstanceOf(FrameworkVersion.class)).join();
            if (current.isPresent()) {
                return current.get().content();
            }
            pause();
        }
        throw new IllegalStateException("No framework adopted within " + PATIENCE + "; cannot write demo history");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
