package nl.regiokompas.command.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import nl.regiokompas.api.common.CommandRefusal;
import nl.regiokompas.api.common.ConcurrentChangeRefused;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.common.UnseenChange;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;

class RefusalTranslationTest {

    private final RefusalTranslation translation = new RefusalTranslation();

    @Test
    void a_rule_violation_travels_as_details_that_rebuild_it() {
        CommandExecutionException wrapped = refusalOf(RuleViolation.invalid("layer", "Onbekende laag 'X'"));

        RuntimeException rebuilt = ((CommandRefusal) wrapped.getDetails().orElseThrow()).toException();

        assertThat(rebuilt).isInstanceOf(RuleViolation.class).hasMessage("Onbekende laag 'X'");
        assertThat(((RuleViolation) rebuilt).kind()).isEqualTo(RuleViolation.Kind.INVALID);
        assertThat(((RuleViolation) rebuilt).field()).isEqualTo("layer");
    }

    @Test
    void a_concurrent_change_travels_with_its_unseen_changes() {
        UnseenChange change = new UnseenChange(3, "CriterionInputRecorded", "BUN gaf input", "strateeg.bun", null);
        CommandExecutionException wrapped = refusalOf(new ConcurrentChangeRefused(2, 3, List.of(change)));

        RuntimeException rebuilt = ((CommandRefusal) wrapped.getDetails().orElseThrow()).toException();

        assertThat(rebuilt).isInstanceOf(ConcurrentChangeRefused.class);
        assertThat(((ConcurrentChangeRefused) rebuilt).unseenChanges()).containsExactly(change);
    }

    @Test
    void an_unknown_aggregate_travels_as_not_found() {
        CommandExecutionException wrapped = refusalOf(new AggregateNotFoundException("a-1", "not found"));

        RuntimeException rebuilt = ((CommandRefusal) wrapped.getDetails().orElseThrow()).toException();

        assertThat(((RuleViolation) rebuilt).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
    }

    @Test
    void other_failures_pass_unchanged() {
        IllegalStateException failure = new IllegalStateException("database weg");

        assertThatThrownBy(() -> handleThrowing(failure)).isSameAs(failure);
    }

    private CommandExecutionException refusalOf(RuntimeException refusal) {
        try {
            handleThrowing(refusal);
        } catch (CommandExecutionException wrapped) {
            return wrapped;
        } catch (Exception other) {
            throw new AssertionError("not wrapped: " + other);
        }
        throw new AssertionError("nothing thrown");
    }

    private void handleThrowing(RuntimeException failure) throws Exception {
        InterceptorChain chain = () -> {
            throw failure;
        };
        DefaultUnitOfWork<org.axonframework.commandhandling.CommandMessage<Object>> unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("opdracht"));
        try {
            translation.handle(unitOfWork, chain);
        } finally {
            unitOfWork.rollback();
        }
    }
}
