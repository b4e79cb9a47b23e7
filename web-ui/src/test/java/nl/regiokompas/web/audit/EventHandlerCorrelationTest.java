package nl.regiokompas.web.audit;

import java.util.List;
import java.util.Map;

import nl.regiokompas.api.common.AuditMetaData;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event handled as Axon's event processors handle it (a batching unit of work, Axon's correlation interceptor with
 * the audit provider, and {@link EventHandlerCorrelation}'s interceptor before it).
 */
class EventHandlerCorrelationTest {

    private static final Map<String, String> ACTOR = Map.of(AuditMetaData.USER_ID, "u-42",
            AuditMetaData.USER_NAME, "Programmateam", AuditMetaData.ROLE, "PROGRAMMATEAM",
            AuditMetaData.CORRELATION_ID, "conversation-1");

    @Test
    void a_command_the_handler_sends_carries_the_events_actor_its_conversation_and_the_event_as_its_cause() {
        // given an event recorded under an actor
        EventMessage<?> event = GenericEventMessage.asEventMessage("mandaat geregistreerd").withMetaData(ACTOR);

        // when its handler sends a command
        ResultMessage<?> result = handle(event,
                () -> GenericCommandMessage.asCommandMessage("volg het mandaat"));

        // then the command carries the event's audit metadata
        CommandMessage<?> sent = (CommandMessage<?>) result.getPayload();
        assertThat(sent.getMetaData()).containsAllEntriesOf(ACTOR)
                .containsEntry(AuditMetaData.CAUSATION_ID, event.getIdentifier());
    }

    @Test
    void the_result_of_handling_an_event_gets_no_audit_metadata_so_the_events_metadata_is_not_read_for_it() {
        // given an event recorded under an actor
        EventMessage<?> event = GenericEventMessage.asEventMessage("input gegeven").withMetaData(ACTOR);

        // when a projection's handler handles it, sending nothing
        ResultMessage<?> result = handle(event, () -> null);

        // then the unit of work's result message carries none of it
        assertThat(result.getMetaData()).isEqualTo(MetaData.emptyInstance());
    }

    @Test
    void after_the_handler_the_thread_gives_no_events_audit_metadata_to_a_new_message() {
        // given an event that was handled on this thread
        EventMessage<?> event = GenericEventMessage.asEventMessage("input gegeven").withMetaData(ACTOR);
        handle(event, () -> null);

        // when a message is made on this thread outside any handler
        CommandMessage<?> later = GenericCommandMessage.asCommandMessage("later");

        // then it carries no audit metadata
        assertThat(later.getMetaData()).isEmpty();
    }

    private static ResultMessage<?> handle(EventMessage<?> event, java.util.concurrent.Callable<Object> handler) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.of(event));
        return unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                List.of(new EventHandlerCorrelation.WhileHandling(),
                        new org.axonframework.messaging.interceptors.CorrelationDataInterceptor<>(
                                new AuditCorrelationDataProvider())),
                message -> handler.call()).proceed());
    }
}
