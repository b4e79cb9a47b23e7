package nl.regiokompas.web.demo;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.web.security.CurrentActor;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * Takes the demo mark and the demo moment off every command sent on behalf of a signed-in user, so that a
 * user's command is never marked as demo nor back-dated, whatever future code copies into its metadata.
 */
@Component
class DemoMarkGuard implements MessageDispatchInterceptor<CommandMessage<?>> {

    private static final Set<String> DEMO_KEYS = Set.of(AuditMetaData.DEMO, DemoClock.DEMO_AT);

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> CurrentActor.get().isPresent() && hasDemoKeys(command)
                ? command.withMetaData(command.getMetaData().withoutKeys(DEMO_KEYS))
                : command;
    }

    private static boolean hasDemoKeys(CommandMessage<?> command) {
        return DEMO_KEYS.stream().anyMatch(command.getMetaData()::containsKey);
    }
}
