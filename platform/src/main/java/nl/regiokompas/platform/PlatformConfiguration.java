package nl.regiokompas.platform;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * What both sides stand on: the PostgreSQL data source (embedded or external), Axon's JDBC event, token and
 * saga storage, the serializers, snapshotting and the command gateway with its racing-write retry.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class PlatformConfiguration {
}
