package nl.regiokompas.query.rebuild;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.regiokompas.query.support.HandledPayloads;
import org.axonframework.eventhandling.EventMessageHandler;

/**
 * The handlers of one processing group in a rebuild, and per payload type the ones that take it, found once per
 * type: a group whose handlers take none of an event's type skips it with one lookup instead of asking every
 * handler about every event. Which handlers take a type is Axon's own answer ({@code canHandleType}: the payload
 * types of the annotated methods), narrowed by {@link HandledPayloads} for a handler that takes every domain event.
 */
final class GroupHandlers {

    /** A handler and, for one that takes every domain event, the payload types it uses (null: as Axon says). */
    record Handler(EventMessageHandler handler, HandledPayloads payloads) {
        boolean takes(Class<?> payloadType) {
            return handler.canHandleType(payloadType) && (payloads == null || payloads.handles(payloadType));
        }
    }

    private final List<Handler> handlers;
    private final Map<Class<?>, List<EventMessageHandler>> byType = new ConcurrentHashMap<>();

    GroupHandlers(List<Handler> handlers) {
        this.handlers = List.copyOf(handlers);
    }

    /** The handlers that take events of this payload type, in the group's order; empty when none does. */
    List<EventMessageHandler> of(Class<?> payloadType) {
        return byType.computeIfAbsent(payloadType, type -> handlers.stream().filter(handler -> handler.takes(type))
                .map(Handler::handler).toList());
    }
}
