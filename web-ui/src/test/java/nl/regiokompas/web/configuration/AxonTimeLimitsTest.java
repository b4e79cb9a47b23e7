package nl.regiokompas.web.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import nl.regiokompas.web.IntegrationTest;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Axon's time limits are off for every message (docs/operations.md): no time-limit task around a handler call, and none
 * around a command's, query's or event batch's unit of work. Each such task walked the whole stack of its thread.
 */
class AxonTimeLimitsTest extends IntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void no_handler_call_is_wrapped_in_a_time_limit_task() {
        assertThat(context.getBeansOfType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
    }

    @Test
    void no_unit_of_work_gets_a_time_limit_interceptor() {
        assertThat(context.containsBean("axonTimeoutConfigurerModule")).isFalse();
    }
}
