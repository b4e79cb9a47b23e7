package nl.regiokompas.command.mandate;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** The follower runs in the transaction of the events it follows: a subscribing processor, never a replay. */
@Configuration(proxyBeanMethods = false)
class ThemeMandateFollowing {

    @Autowired
    void configure(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(ThemeMandateFollower.GROUP);
    }
}
