package nl.regiokompas.command;

import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkAdopted;
import nl.regiokompas.command.framework.Framework;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** What the aggregate tests share: the audit metadata on events, a real framework repository, matchers. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Copies the audit metadata of each command onto its events, as the application configuration does. */
    public static <T> AggregateTestFixture<T> withAuditMetaData(AggregateTestFixture<T> fixture) {
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(new SimpleCorrelationDataProvider(
                AuditMetaData.USER_ID, AuditMetaData.USER_NAME, AuditMetaData.GEMEENTE, AuditMetaData.ROLE)));
        return fixture;
    }

    /** An event-sourced framework repository over an in-memory store holding the adopted ZOU versions. */
    public static Repository<Framework> zouFrameworkRepository(int versions) {
        EventStore eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        for (int version = 1; version <= versions; version++) {
            eventStore.publish(new GenericDomainEventMessage<>("Framework", ZouFramework.REGION, version - 1L,
                    new FrameworkAdopted(ZouFramework.REGION, version, ZouFramework.content(), "versie " + version)));
        }
        return EventSourcingRepository.builder(Framework.class).eventStore(eventStore).build();
    }

    public static Repository<Framework> emptyFrameworkRepository() {
        return zouFrameworkRepository(0);
    }

    public static Matcher<RuleViolation> violation(RuleViolation.Kind kind, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.kind() == kind && java.util.Objects.equals(violation.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RuleViolation " + kind + (field == null ? "" : " on field " + field));
            }
        };
    }

    public static Matcher<RuleViolation> violation(RuleViolation.Kind kind) {
        return violation(kind, null);
    }
}
