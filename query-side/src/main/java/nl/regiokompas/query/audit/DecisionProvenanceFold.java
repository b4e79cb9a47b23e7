package nl.regiokompas.query.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.HistoryEntry;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.assessment.PackageRevised;
import nl.regiokompas.api.assessment.ConfirmationWithdrawn;
import nl.regiokompas.api.audit.DecisionProvenance.Change;
import nl.regiokompas.api.audit.DecisionProvenance.ConfirmationTrace;
import nl.regiokompas.api.audit.DecisionProvenance.InputTrace;
import nl.regiokompas.api.audit.DecisionProvenance.InterventionTrace;
import nl.regiokompas.api.audit.DecisionProvenance.RevisionTrace;
import nl.regiokompas.api.audit.DecisionProvenance.Step;
import nl.regiokompas.api.audit.DecisionProvenance;
import nl.regiokompas.api.common.Actor;
import nl.regiokompas.api.framework.TermNames;
import nl.regiokompas.query.history.HistoryEntries;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Traces decisions back through the events of their cycle. Pure: an assessment's complete event stream (and the
 * names of its framework version, for the descriptions) in, the {@link DecisionProvenance} of one decision (or of
 * all of them) out. A cycle runs from the event that
 * opened or reopened it; the chain of a decision ends with its {@code DecisionRecorded}.
 */
public final class DecisionProvenanceFold {

    private DecisionProvenanceFold() {
    }

    /** The provenance of {@code decisionId}; null when the events hold no such decision. */
    public static DecisionProvenance of(List<? extends DomainEventMessage<?>> events, TermNames names,
                                        String decisionId) {
        return all(events, names).stream().filter(p -> p.decisionId().equals(decisionId)).findFirst().orElse(null);
    }

    /** The provenance of every decision in the stream, oldest first. */
    public static List<DecisionProvenance> all(List<? extends DomainEventMessage<?>> events, TermNames names) {
        List<DecisionProvenance> decisions = new ArrayList<>();
        AssessmentOpened opened = null;
        List<DomainEventMessage<?>> cycle = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            if (payload instanceof AssessmentOpened e) {
                opened = e;
                cycle.clear();
            } else if (payload instanceof AssessmentReopened) {
                cycle.clear();
            }
            cycle.add(event);
            if (payload instanceof DecisionRecorded && opened != null) {
                decisions.add(trace(opened, cycle, names));
            }
        }
        return decisions;
    }

    private static DecisionProvenance trace(AssessmentOpened opened, List<DomainEventMessage<?>> cycleEvents,
                                            TermNames names) {
        DomainEventMessage<?> decisionEvent = cycleEvents.get(cycleEvents.size() - 1);
        DecisionRecorded decision = (DecisionRecorded) decisionEvent.getPayload();

        List<Step> chain = new ArrayList<>();
        List<InputTrace> inputs = new ArrayList<>();
        Map<List<String>, Integer> latestInputPerCell = new HashMap<>();
        Map<Integer, RevisionBuilder> revisions = new LinkedHashMap<>();
        Map<String, InterventionTrace> interventions = new LinkedHashMap<>();
        List<ConfirmationTrace> confirmations = new ArrayList<>();
        RevisionBuilder current = null;

        for (DomainEventMessage<?> event : cycleEvents) {
            HistoryEntry entry = HistoryEntries.of(event, names);
            Actor actor = entry.actor();
            Object payload = event.getPayload();
            Integer revision = null;
            List<Change> changes = List.of();
            if (payload instanceof CriterionInputRecorded e) {
                List<String> cell = List.of(e.gemeente(), e.layer(), e.criterion());
                Integer earlier = latestInputPerCell.put(cell, inputs.size());
                if (earlier != null) {
                    InputTrace replaced = inputs.get(earlier);
                    inputs.set(earlier, new InputTrace(replaced.sequence(), replaced.gemeente(), replaced.layer(),
                            replaced.criterion(), replaced.leaning(), replaced.text(), replaced.by(), replaced.at(),
                            true));
                }
                inputs.add(new InputTrace(event.getSequenceNumber(), e.gemeente(), e.layer(), e.criterion(),
                        e.leaning(), e.text(), actor, event.getTimestamp(), false));
            } else if (payload instanceof ThemeScaleProposed e) {
                revision = e.revision();
                changes = current == null ? List.of() : changes(current.proposal, e);
                current = new RevisionBuilder(event.getSequenceNumber(), e, actor, event, changes);
                revisions.put(e.revision(), current);
            } else if (payload instanceof PackageRevised e && current != null) {
                revision = e.revision();
                ThemeScaleProposed was = current.proposal;
                changes = List.of(new Change(Change.PACKAGE, null, null, e.cause()));
                current = new RevisionBuilder(event.getSequenceNumber(), new ThemeScaleProposed(was.assessmentId(),
                        was.cycle(), e.revision(), was.scales(), was.rationale(), was.deviations(), e.mandateId()),
                        actor, event, changes);
                revisions.put(e.revision(), current);
            } else if (payload instanceof ConfirmationWithdrawn e) {
                // The withdrawn confirmation stays in the chain and with its revision, but the decision did not count it.
                revision = e.revision();
                confirmations.removeIf(c -> c.gemeente().equals(e.gemeente()) && c.revision() == e.revision());
            } else if (payload instanceof ConfirmedByBestuurder e) {
                revision = e.revision();
                ConfirmationTrace confirmation = new ConfirmationTrace(event.getSequenceNumber(), e.gemeente(),
                        e.revision(), e.note(), actor, event.getTimestamp());
                RevisionBuilder confirmed = revisions.get(e.revision());
                if (confirmed != null) {
                    confirmed.confirmations.add(confirmation);
                }
                if (e.revision() == decision.revision()) {
                    confirmations.add(confirmation);
                }
            } else if (payload instanceof LocalInterventionOpened e) {
                revision = current == null ? null : current.proposal.revision();
                interventions.put(e.interventionId(), new InterventionTrace(e.interventionId(), e.gemeente(),
                        e.layer(), e.kind().name(), e.reason(), actor, event.getTimestamp(),
                        event.getSequenceNumber(), revision, null, null, null, null, null));
            } else if (payload instanceof InterventionResolved e) {
                InterventionTrace open = interventions.get(e.interventionId());
                if (open != null) {
                    interventions.put(e.interventionId(), new InterventionTrace(open.interventionId(),
                            open.gemeente(), open.layer(), open.kind(), open.reason(), open.openedBy(),
                            open.openedAt(), open.openedSequence(), open.duringRevision(), e.outcome().name(),
                            e.note(), actor, event.getTimestamp(), event.getSequenceNumber()));
                }
            } else if (payload instanceof DecisionRecorded e) {
                revision = e.revision();
            }
            chain.add(new Step(entry.sequence(), entry.type(), entry.occurredAt(), actor, entry.description(),
                    entry.reason(), entry.eventId(), entry.correlationId(), entry.causationId(), revision, changes));
        }

        List<RevisionTrace> revisionTraces = revisions.values().stream()
                .map(r -> r.build(r.proposal.revision() == decision.revision()))
                .toList();
        return new DecisionProvenance(decision.decisionId(), decision.assessmentId(), opened.themeCode(),
                opened.title(), decision.cycle(), decision.revision(), decision.scales(), decisionEvent.getTimestamp(),
                opened.gemeenten(), chain, inputs, revisionTraces, new ArrayList<>(interventions.values()),
                confirmations);
    }

    /** What differs between two revisions: the scale of each layer that changed, then the rationale. */
    static List<Change> changes(ThemeScaleProposed before, ThemeScaleProposed after) {
        List<Change> changes = new ArrayList<>();
        List<String> layers = new ArrayList<>(after.scales().keySet());
        before.scales().keySet().stream().filter(layer -> !layers.contains(layer)).forEach(layers::add);
        for (String layer : layers) {
            String from = before.scales().get(layer);
            String to = after.scales().get(layer);
            if (!Objects.equals(from, to)) {
                changes.add(new Change(Change.SCALE, layer, from, to));
            }
        }
        if (!Objects.equals(before.rationale(), after.rationale())) {
            changes.add(new Change(Change.RATIONALE, null, before.rationale(), after.rationale()));
        }
        return List.copyOf(changes);
    }

    private static final class RevisionBuilder {
        private final long sequence;
        private final ThemeScaleProposed proposal;
        private final Actor by;
        private final DomainEventMessage<?> event;
        private final List<Change> changes;
        private final List<ConfirmationTrace> confirmations = new ArrayList<>();

        RevisionBuilder(long sequence, ThemeScaleProposed proposal, Actor by, DomainEventMessage<?> event,
                        List<Change> changes) {
            this.sequence = sequence;
            this.proposal = proposal;
            this.by = by;
            this.event = event;
            this.changes = changes;
        }

        RevisionTrace build(boolean decided) {
            return new RevisionTrace(proposal.revision(), sequence, proposal.scales(), proposal.rationale(), by,
                    event.getTimestamp(), changes, List.copyOf(confirmations), decided, proposal.deviations());
        }
    }
}
