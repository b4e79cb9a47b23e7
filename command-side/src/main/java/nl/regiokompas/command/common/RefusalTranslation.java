package nl.regiokompas.command.common;

import nl.regiokompas.api.common.CommandRefusal;
import nl.regiokompas.api.common.ConcurrentChangeRefused;
import nl.regiokompas.api.common.RuleViolation;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Wraps a domain refusal in a CommandExecutionException that carries a {@link CommandRefusal} as its
 * details. Axon Server transports only the message and the details of an exception, not its class, so
 * without this a refusal handled in a command-side process would reach the web layer as an unknown failure.
 * The same path is taken in a single process, so both deployments answer alike.
 */
@Component
public class RefusalTranslation implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Autowired
    void registerOn(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RuleViolation violation) {
            throw travelling(violation);
        } catch (ConcurrentChangeRefused refused) {
            throw new CommandExecutionException(refused.getMessage(), refused, CommandRefusal.of(refused));
        } catch (AggregateNotFoundException missing) {
            RuleViolation notFound = RuleViolation.notFound(
                    "Er bestaat niets met id '" + missing.getAggregateIdentifier() + "'.");
            throw new CommandExecutionException(notFound.getMessage(), missing, CommandRefusal.of(notFound));
        }
    }

    /** The refusal in the form that reaches the sender, also through Axon Server. */
    static CommandExecutionException travelling(RuleViolation violation) {
        return new CommandExecutionException(violation.getMessage(), violation, CommandRefusal.of(violation));
    }
}
