package nl.regiokompas.platform.command;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command gateway, with the actor metadata interceptors and a transparent retry of racing writes. */
@Configuration(proxyBeanMethods = false)
class CommandGatewayConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor,
                                  List<MessageDispatchInterceptor<? super CommandMessage<?>>> interceptors,
                                  CommandDispatchProperties dispatch) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new RacingWriteRetry(commandRetryExecutor, dispatch.racingWriteRetries()))
                .dispatchInterceptors(interceptors)
                .build();
    }
}
