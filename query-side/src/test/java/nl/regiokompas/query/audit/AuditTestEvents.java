package nl.regiokompas.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.common.AuditMetaData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/** Builds an assessment's event stream one second apart, each event stamped with the user who caused it. */
final class AuditTestEvents {

    static final String ID = "a-1";
    static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    static final List<String> GEMEENTEN = List.of("BUN", "HOU");

    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    static AuditTestEvents opened() {
        return new AuditTestEvents().by("strateeg.bun",
                new AssessmentOpened(ID, "JEUGD", "Jeugdhulp", GEMEENTEN, 1, 1, null));
    }

    AuditTestEvents by(String userId, Object payload) {
        long sequence = events.size();
        events.add(new GenericDomainEventMessage<>("Assessment", ID, sequence, payload,
                Map.of(AuditMetaData.USER_ID, userId, AuditMetaData.USER_NAME, userId, AuditMetaData.ROLE,
                        userId.startsWith("bestuurder") ? "BESTUURDER"
                                : userId.equals("programmateam") ? "PROGRAMMATEAM" : "STRATEEG"),
                UUID.randomUUID().toString(), at(sequence)));
        return this;
    }

    static Instant at(long sequence) {
        return START.plusSeconds(sequence);
    }

    List<DomainEventMessage<?>> events() {
        return List.copyOf(events);
    }
}
