package nl.regiokompas.web.audit;

import java.util.Map;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A message that an event handler sends (the theme-mandate follower's commands, the live updates' queries) carries the
 * handled event's audit metadata, as {@link AuditCorrelationDataProvider} describes. Axon also asks the unit of work
 * for correlation data for the result message of every handled event, which nobody reads; giving the data only while
 * the handler runs spares every processor the decoding of each event's metadata for it.
 */
@Configuration(proxyBeanMethods = false)
class EventHandlerCorrelation {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerDefaultHandlerInterceptor((configuration, processorName) -> new WhileHandling());
    }

    /** Makes the handled event the source of the audit metadata of what its handler sends, for the handler's run. */
    static final class WhileHandling implements MessageHandlerInterceptor<EventMessage<?>> {

        /** The event whose handler runs on this thread; a handler's command may have events handled within it. */
        private static final ThreadLocal<Message<?>> HANDLED = new ThreadLocal<>();
        /** One instance: the unit of work keeps its providers in a set, once for the whole batch. */
        private static final CorrelationDataProvider HANDLED_EVENT_AUDIT = message -> {
            Message<?> handled = HANDLED.get();
            return handled != null && message != null && handled.getIdentifier().equals(message.getIdentifier())
                    ? AuditCorrelationDataProvider.auditDataOf(message) : Map.of();
        };

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            unitOfWork.registerCorrelationDataProvider(HANDLED_EVENT_AUDIT);
            Message<?> outer = HANDLED.get();
            HANDLED.set(unitOfWork.getMessage());
            try {
                return chain.proceed();
            } finally {
                if (outer == null) {
                    HANDLED.remove();
                } else {
                    HANDLED.set(outer);
                }
            }
        }
    }
}
