package nl.regiokompas.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Aggregates and command handlers; off with {@code regiokompas.command-side.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "regiokompas.command-side.enabled", havingValue = "true", matchIfMissing = true)
@ComponentScan("nl.regiokompas.command")
public class CommandSideConfiguration {
}
