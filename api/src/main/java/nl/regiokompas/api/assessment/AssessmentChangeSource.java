package nl.regiokompas.api.assessment;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Describes a stored event of an assessment as the change its live subscribers receive, from the event the caller
 * already holds: the live processor hands over what it processes instead of asking {@link FindAssessmentChange},
 * which would read the event again. The query side provides it; an instance without the query side has none.
 */
@FunctionalInterface
public interface AssessmentChangeSource {

    AssessmentChange of(DomainEventMessage<?> event);
}
