package nl.regiokompas.query.history;

import java.util.List;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.framework.TermNames;
import nl.regiokompas.query.framework.FrameworkTermNames;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** The names an assessment's events are described with: those of the framework version it was opened with. */
@Component
public class AssessmentNames {

    private final FrameworkTermNames frameworks;
    private final EventStore eventStore;

    AssessmentNames(FrameworkTermNames frameworks, EventStore eventStore) {
        this.frameworks = frameworks;
        this.eventStore = eventStore;
    }

    public TermNames ofVersion(int frameworkVersion) {
        return frameworks.ofVersion(frameworkVersion);
    }

    /** The names of the assessment whose complete stream (from its opening on) these events are. */
    public TermNames of(List<? extends DomainEventMessage<?>> events) {
        return events.isEmpty() ? TermNames.NONE : ofOpening(events.get(0).getPayload());
    }

    /** The names of an assessment, found from its opening event in the store. */
    public TermNames ofAssessment(String assessmentId) {
        DomainEventStream events = eventStore.readEvents(assessmentId, 0L);
        return events.hasNext() ? ofOpening(events.next().getPayload()) : TermNames.NONE;
    }

    private TermNames ofOpening(Object payload) {
        return payload instanceof AssessmentOpened opened ? frameworks.ofVersion(opened.frameworkVersion())
                : TermNames.NONE;
    }
}
