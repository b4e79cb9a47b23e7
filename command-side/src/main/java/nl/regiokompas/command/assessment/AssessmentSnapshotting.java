package nl.regiokompas.command.assessment;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An assessment is loaded from a snapshot taken every {@code regiokompas.snapshot-threshold} events. */
@Configuration(proxyBeanMethods = false)
class AssessmentSnapshotting {

    @Bean
    SnapshotTriggerDefinition assessmentSnapshotTrigger(Snapshotter snapshotter,
                                                        SnapshotProperties snapshots) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, snapshots.snapshotThreshold());
    }
}
