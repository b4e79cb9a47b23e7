package nl.regiokompas.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessageHandler;
import org.junit.jupiter.api.Test;

/** A rebuild hands each group only the events of the payload types its handlers take. */
class GroupHandlersTest {

    record Opened(String id) {
    }

    record Scored(String id) {
    }

    record Unrelated(String id) {
    }

    static class TypedProjection {
        @EventHandler
        void on(Opened event) {
        }
    }

    static class EveryDomainEvent {
        @EventHandler
        void on(DomainEventMessage<?> event) {
        }
    }

    private final EventMessageHandler typed = new AnnotationEventHandlerAdapter(new TypedProjection());
    private final EventMessageHandler every = new AnnotationEventHandlerAdapter(new EveryDomainEvent());

    @Test
    void a_handler_with_typed_methods_takes_only_their_payload_types() {
        GroupHandlers group = new GroupHandlers(List.of(new GroupHandlers.Handler(typed, null)));

        assertThat(group.of(Opened.class)).containsExactly(typed);
        assertThat(group.of(Unrelated.class)).isEmpty();
    }

    @Test
    void a_handler_of_every_domain_event_takes_every_type_unless_it_names_the_ones_it_uses() {
        GroupHandlers unnamed = new GroupHandlers(List.of(new GroupHandlers.Handler(every, null)));
        GroupHandlers named = new GroupHandlers(List.of(new GroupHandlers.Handler(every, Scored.class::equals)));

        assertThat(unnamed.of(Unrelated.class)).containsExactly(every);
        assertThat(named.of(Scored.class)).containsExactly(every);
        assertThat(named.of(Unrelated.class)).isEmpty();
    }

    @Test
    void the_handlers_of_a_type_keep_the_groups_order() {
        GroupHandlers group = new GroupHandlers(List.of(new GroupHandlers.Handler(every, null),
                new GroupHandlers.Handler(typed, null)));

        assertThat(group.of(Opened.class)).containsExactly(every, typed);
        assertThat(group.of(Scored.class)).containsExactly(every);
    }
}
