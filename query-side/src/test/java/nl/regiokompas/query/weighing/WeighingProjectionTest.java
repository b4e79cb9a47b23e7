package nl.regiokompas.query.weighing;

import static org.assertj.core.api.Assertions.assertThatCode;

import nl.regiokompas.api.assessment.CriterionInputRecorded;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

/** The weighings' handler takes every domain event; it drops the others by their type. */
class WeighingProjectionTest {

    @Test
    void an_event_of_another_type_is_dropped_without_deserializing_it_or_touching_the_tables() {
        WeighingProjection projection = new WeighingProjection(null);
        GenericDomainEventMessage<Object> input = new GenericDomainEventMessage<>("Assessment", "a1", 3, "stored") {
            @Override
            public Object getPayload() {
                throw new AssertionError("an assessment's input deserialized for the weighings");
            }

            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public Class<Object> getPayloadType() {
                return (Class) CriterionInputRecorded.class;
            }
        };

        assertThatCode(() -> projection.on(input)).doesNotThrowAnyException();
    }
}
