package nl.regiokompas.web.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import nl.regiokompas.api.common.Actor;
import nl.regiokompas.api.common.AuditMetaData;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * Stamps every command sent on behalf of a signed-in user with who that user is. Axon copies this metadata
 * onto every event the command causes (see {@code AuditCorrelationDataProvider}), so the event store
 * always knows who did what. Commands sent by the application itself carry their own actor metadata.
 */
@Component
public class ActorMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> withActor(command);
    }

    private static CommandMessage<?> withActor(CommandMessage<?> command) {
        return CurrentActor.get().<CommandMessage<?>>map(actor -> command.andMetaData(metaDataOf(actor))).orElse(command);
    }

    static Map<String, String> metaDataOf(Actor actor) {
        Map<String, String> metaData = new HashMap<>();
        metaData.put(AuditMetaData.USER_ID, actor.userId());
        metaData.put(AuditMetaData.USER_NAME, actor.name());
        metaData.put(AuditMetaData.ROLE, actor.role().name());
        if (actor.gemeente() != null) {
            metaData.put(AuditMetaData.GEMEENTE, actor.gemeente());
        }
        return metaData;
    }
}
