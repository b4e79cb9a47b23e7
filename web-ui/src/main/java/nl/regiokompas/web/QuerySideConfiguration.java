package nl.regiokompas.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Projections, query handlers and event-store readers; off with {@code regiokompas.query-side.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "regiokompas.query-side.enabled", havingValue = "true", matchIfMissing = true)
@ComponentScan("nl.regiokompas.query")
public class QuerySideConfiguration {
}
