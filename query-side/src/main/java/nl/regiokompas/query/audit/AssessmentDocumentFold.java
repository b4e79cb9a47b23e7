package nl.regiokompas.query.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.regiokompas.api.assessment.AssessmentDocument;
import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.ConfirmationWithdrawn;
import nl.regiokompas.api.assessment.PackageRevised;
import nl.regiokompas.api.assessment.PreconditionStatusChanged;
import nl.regiokompas.api.assessment.ThemeMandateFollowed;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.CriterionInputRecorded;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.GovernanceFormRecorded;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.Precondition;
import nl.regiokompas.api.assessment.PreconditionRecorded;
import nl.regiokompas.api.assessment.Responsibility;
import nl.regiokompas.api.assessment.ResponsibilityAssigned;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.assessment.DeviationConsented;
import nl.regiokompas.api.assessment.FollowUpRecorded;
import nl.regiokompas.api.assessment.FormalDecisionRecorded;
import nl.regiokompas.api.assessment.FormalDecisions;
import nl.regiokompas.api.assessment.GremiumDiscussionRecorded;
import nl.regiokompas.api.assessment.InterventionReferred;
import nl.regiokompas.api.assessment.SignalClosed;
import nl.regiokompas.api.assessment.SignalRecorded;
import nl.regiokompas.api.common.AuditMetaData;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Folds an assessment's events into its {@link AssessmentDocument}: the only code that knows how each event
 * changes the document. The assessment-board projection stores what it folds ({@link #next}), the as-of view, the
 * exported record and the live updates fold with it too. Parts are ordered by the sequence number of the event
 * that last wrote them (a later input on the same cell, a re-assignment of a responsibility, a confirmation
 * moves to the end), a resolution leaves an intervention in its place, a new revision drops the confirmations
 * of other revisions, and a reopening starts an empty cycle. {@code version} is the sequence number of the
 * last event applied. Pure: events in, document out; used for as-of views, the exported record and the document
 * that the live updates push (which {@link #resume}s from the document of the previous event).
 */
public final class AssessmentDocumentFold {

    private String assessmentId;
    private String themeCode;
    private String title;
    private String status;
    private int cycle;
    private long version = -1;
    private int frameworkVersion;
    private List<String> gemeenten = List.of();
    private final Map<List<String>, AssessmentDocument.Input> inputs = new LinkedHashMap<>();
    private AssessmentDocument.Proposal proposal;
    private final Map<List<String>, Responsibility> responsibilities = new LinkedHashMap<>();
    private final Map<String, Precondition> preconditions = new LinkedHashMap<>();
    private final Map<String, AssessmentDocument.ConfirmationEntry> confirmations = new LinkedHashMap<>();
    private final Map<String, AssessmentDocument.InterventionEntry> interventions = new LinkedHashMap<>();
    private AssessmentDocument.Decision decision;
    private AssessmentDocument.GovernanceForm governanceForm;
    // process (issue 11 §3, §4)
    private final Map<String, AssessmentDocument.SignalEntry> signals = new LinkedHashMap<>();
    private final List<AssessmentDocument.FormalDecisionEntry> formalDecisions = new ArrayList<>();
    private final List<AssessmentDocument.DiscussionEntry> discussions = new ArrayList<>();
    private AssessmentDocument.FollowUpEntry followUp;
    private final GuidelineTally guideline = new GuidelineTally();

    /** The document after all the given events, in order; null when they hold no opening. */
    public static AssessmentDocument fold(Iterable<? extends DomainEventMessage<?>> events) {
        AssessmentDocumentFold fold = new AssessmentDocumentFold();
        for (DomainEventMessage<?> event : events) {
            fold.apply(event);
        }
        return fold.document();
    }

    /** The document after the events with a timestamp at or before {@code asOf}; null if none opened it. */
    public static AssessmentDocument foldUntil(Iterable<? extends DomainEventMessage<?>> events, Instant asOf) {
        return new AssessmentDocumentFold().applyUntil(events.iterator(), asOf).document();
    }

    /** Applies the events up to the first one with a timestamp after {@code asOf} (the as-of cut). */
    public AssessmentDocumentFold applyUntil(Iterator<? extends DomainEventMessage<?>> events, Instant asOf) {
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            apply(event);
        }
        return this;
    }

    /**
     * A fold that goes on from a document this fold produced, as if it had applied the events that led to it:
     * applying the next events gives the same document as folding the whole stream.
     */
    public static AssessmentDocumentFold resume(AssessmentDocument document) {
        AssessmentDocumentFold fold = new AssessmentDocumentFold();
        fold.assessmentId = document.assessmentId();
        fold.themeCode = document.themeCode();
        fold.title = document.title();
        fold.status = document.status();
        fold.cycle = document.cycle();
        fold.version = document.version();
        fold.frameworkVersion = document.frameworkVersion();
        fold.gemeenten = List.copyOf(document.gemeenten());
        document.inputs().forEach(input -> fold.inputs.put(cell(input.gemeente(), input.layer(), input.criterion()), input));
        fold.proposal = document.proposal();
        document.responsibilities().forEach(responsibility -> fold.responsibilities.put(
                responsibilityKey(responsibility.layer(), responsibility.kind()), responsibility));
        document.preconditions().forEach(precondition -> fold.preconditions.put(precondition.preconditionId(), precondition));
        document.confirmations().forEach(confirmation -> fold.confirmations.put(confirmation.gemeente(), confirmation));
        document.interventions().forEach(intervention -> fold.interventions.put(intervention.interventionId(), intervention));
        fold.decision = document.decision();
        fold.governanceForm = document.governanceForm();
        document.signals().forEach(signal -> fold.signals.put(signal.signalId(), signal));
        fold.formalDecisions.addAll(document.formalDecisions());
        fold.discussions.addAll(document.discussions());
        fold.followUp = document.followUp();
        fold.guideline.resume(document.guideline());
        return fold;
    }

    /**
     * The document after one more event, from a document this fold produced (null: none yet, then only an opening
     * makes one). An event that does not change documents, or whose sequence number is not above the document's
     * version (applied already), leaves it as it was.
     */
    public static AssessmentDocument next(AssessmentDocument document, DomainEventMessage<?> event) {
        AssessmentDocumentFold fold = document == null ? new AssessmentDocumentFold() : resume(document);
        fold.apply(event);
        return fold.document();
    }

    /** Whether an event with this payload can change a document; any other leaves every document as it was. */
    public static boolean changesDocuments(Object payload) {
        return payload instanceof AssessmentOpened || known(payload);
    }

    public void apply(DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        long sequence = message.getSequenceNumber();
        Instant at = message.getTimestamp();
        String by = text(message, AuditMetaData.USER_ID);
        String byName = text(message, AuditMetaData.USER_NAME);
        if (payload instanceof AssessmentOpened e) {
            if (assessmentId == null) {
                opened(e, sequence);
            }
            return;
        }
        if (assessmentId == null || sequence <= version || !known(payload)) {
            return;
        }
        version = sequence;
        if (payload instanceof CriterionInputRecorded e) {
            List<String> cell = cell(e.gemeente(), e.layer(), e.criterion());
            inputs.remove(cell);
            inputs.put(cell, new AssessmentDocument.Input(e.gemeente(), e.layer(), e.criterion(), e.leaning(),
                    e.text(), by, at, byName, e.indicators()));
        } else if (payload instanceof ThemeScaleProposed e) {
            status = AssessmentDocument.VOORGESTELD;
            proposal = new AssessmentDocument.Proposal(e.revision(), e.scales(), e.rationale(), by, at,
                    byName, e.deviations(), e.mandateId());
            confirmations.values().removeIf(confirmation -> confirmation.revision() != e.revision());
        } else if (payload instanceof PackageRevised e) {
            packageRevised(e);
        } else if (payload instanceof ConfirmationWithdrawn e) {
            confirmations.remove(e.gemeente());
        } else if (payload instanceof PreconditionStatusChanged e) {
            preconditions.computeIfPresent(e.preconditionId(), (id, p) -> new Precondition(id, p.kind(), p.text(),
                    p.owner(), e.reviewDate(), e.status().name(), e.note()));
        } else if (payload instanceof ThemeMandateFollowed) {
            // Only the command side reads it; the package's mandate changes with the PackageRevised that follows.
        } else if (payload instanceof ResponsibilityAssigned e) {
            List<String> key = responsibilityKey(e.layer(), e.kind());
            responsibilities.remove(key);
            responsibilities.put(key, new Responsibility(e.layer(), e.kind(), e.level(), e.holder()));
        } else if (payload instanceof PreconditionRecorded e) {
            preconditions.remove(e.preconditionId());
            preconditions.put(e.preconditionId(), new Precondition(e.preconditionId(), e.kind(), e.text(), e.owner(),
                    e.reviewDate(), null, null));
        } else if (payload instanceof ConfirmedByBestuurder e) {
            confirmations.remove(e.gemeente());
            confirmations.put(e.gemeente(), new AssessmentDocument.ConfirmationEntry(e.gemeente(), e.revision(),
                    by, at, byName, e.note()));
        } else if (payload instanceof LocalInterventionOpened e) {
            interventions.putIfAbsent(e.interventionId(), new AssessmentDocument.InterventionEntry(
                    e.interventionId(), e.gemeente(), e.layer(), e.kind().name(), e.reason(), "OPEN", by, at,
                    null, null, null, byName, null, e.mandateId(), e.revision(), null, null, List.of()));
        } else if (payload instanceof InterventionResolved e) {
            interventions.computeIfPresent(e.interventionId(), (id, open) -> new AssessmentDocument.InterventionEntry(
                    id, open.gemeente(), open.layer(), open.kind(), open.reason(), e.outcome().name(), open.by(),
                    open.at(), e.note(), by, at, open.byName(), byName, open.mandateId(), open.revision(),
                    e.revision(), open.bestuurstafelOn(), open.consents()));
        } else if (payload instanceof DecisionRecorded e) {
            status = AssessmentDocument.BESLOTEN;
            decision = new AssessmentDocument.Decision(e.decisionId(), e.revision(), e.scales(), at, e.exceptions());
        } else if (payload instanceof InterventionReferred || payload instanceof DeviationConsented
                || payload instanceof SignalRecorded || payload instanceof SignalClosed
                || payload instanceof FormalDecisionRecorded || payload instanceof GremiumDiscussionRecorded
                || payload instanceof FollowUpRecorded) {
            applyProcess(payload, by, at, byName);
        } else if (payload instanceof GovernanceFormRecorded e) {
            governanceForm = new AssessmentDocument.GovernanceForm(e.form(), e.rationale(), by, at, byName);
        } else if (payload instanceof nl.regiokompas.api.raad.RaadVerdictRecorded e && !e.agreed()) {
            confirmations.remove(e.gemeente()); // the raad did not agree: the confirmation is void
        } else if (payload instanceof AssessmentReopened e) {
            status = AssessmentDocument.OPEN;
            cycle = e.cycle();
            proposal = null;
            decision = null;
            governanceForm = null;
            inputs.clear();
            responsibilities.clear();
            preconditions.clear();
            confirmations.clear();
            interventions.clear();
            signals.clear();
            formalDecisions.clear();
            discussions.clear();
            followUp = null;
        }
    }

    /** The events of issue 11 §3 and §4: referral, consent, signals, formal decisions, gremia, follow-up. */
    private void applyProcess(Object payload, String by, Instant at, String byName) {
        if (payload instanceof InterventionReferred e) {
            interventions.computeIfPresent(e.interventionId(), (id, open) -> new AssessmentDocument.InterventionEntry(
                    id, open.gemeente(), open.layer(), open.kind(), open.reason(), open.status(), open.by(), open.at(),
                    e.note(), by, at, open.byName(), byName, open.mandateId(), open.revision(), null,
                    e.bestuurstafelOn(), open.consents()));
        } else if (payload instanceof DeviationConsented e) {
            interventions.computeIfPresent(e.interventionId(), (id, open) -> {
                List<String> consents = new ArrayList<>(open.consents());
                consents.add(e.gemeente());
                return new AssessmentDocument.InterventionEntry(id, open.gemeente(), open.layer(), open.kind(),
                        open.reason(), open.status(), open.by(), open.at(), open.note(), open.resolvedBy(),
                        open.resolvedAt(), open.byName(), open.resolvedByName(), open.mandateId(), open.revision(),
                        open.resolvedRevision(), open.bestuurstafelOn(), List.copyOf(consents));
            });
        } else if (payload instanceof SignalRecorded e) {
            signals.putIfAbsent(e.signalId(), new AssessmentDocument.SignalEntry(e.signalId(), e.gemeente(), e.layer(),
                    e.text(), AssessmentDocument.SIGNAL_OPEN, by, at, byName, null, null, null, null, null));
        } else if (payload instanceof SignalClosed e) {
            signals.computeIfPresent(e.signalId(), (id, open) -> new AssessmentDocument.SignalEntry(id, open.gemeente(),
                    open.layer(), open.text(), e.interventionId() == null ? AssessmentDocument.SIGNAL_CLOSED
                    : AssessmentDocument.SIGNAL_INTERVENTION, open.by(), open.at(), open.byName(), e.note(),
                    e.interventionId(), by, at, byName));
        } else if (payload instanceof FormalDecisionRecorded e) {
            formalDecisions.add(new AssessmentDocument.FormalDecisionEntry(e.gemeente(), e.body().name(), e.date(),
                    e.reference(), e.url(), by, at, byName));
        } else if (payload instanceof GremiumDiscussionRecorded e) {
            discussions.add(new AssessmentDocument.DiscussionEntry(e.gremium(), e.date(), e.subject().name(),
                    e.revision(), e.gemeente(), e.note(), by, at, byName));
        } else if (payload instanceof FollowUpRecorded e) {
            followUp = new AssessmentDocument.FollowUpEntry(e.followUp().name(), e.note(), by, at, byName);
        }
    }

    /** The sequence number of the last event applied to the document; -1 before the assessment was opened. */
    public long version() {
        return assessmentId == null ? -1 : version;
    }

    /** The document so far; null before the assessment was opened. */
    public AssessmentDocument document() {
        if (assessmentId == null) {
            return null;
        }
        return new AssessmentDocument(assessmentId, themeCode, title, status, cycle, version, frameworkVersion,
                gemeenten, new ArrayList<>(inputs.values()), proposal, new ArrayList<>(responsibilities.values()),
                new ArrayList<>(preconditions.values()), new ArrayList<>(confirmations.values()),
                new ArrayList<>(interventions.values()), decision, governanceForm,
                new ArrayList<>(signals.values()), List.copyOf(formalDecisions),
                decision == null ? List.of() : FormalDecisions.missing(gemeenten, formalDecisions),
                List.copyOf(discussions), followUp, guideline.perLayer(inputs.values()));
    }

    /** The same package as a new revision: scales and reasons stay, confirmations of other revisions are void. */
    private void packageRevised(PackageRevised e) {
        if (proposal != null) {
            proposal = new AssessmentDocument.Proposal(e.revision(), proposal.scales(), proposal.rationale(),
                    proposal.by(), proposal.at(), proposal.byName(), proposal.deviations(), e.mandateId());
        }
        confirmations.values().removeIf(confirmation -> confirmation.revision() != e.revision());
    }

    private static String text(DomainEventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static List<String> cell(String gemeente, String layer, String criterion) {
        return List.of(gemeente, layer, criterion);
    }

    private static List<String> responsibilityKey(String layer, String kind) {
        return List.of(layer, kind);
    }

    private void opened(AssessmentOpened e, long sequence) {
        assessmentId = e.assessmentId();
        themeCode = e.themeCode();
        title = e.title();
        status = AssessmentDocument.OPEN;
        cycle = e.cycle();
        version = sequence;
        frameworkVersion = e.frameworkVersion();
        gemeenten = e.gemeenten() == null ? List.of() : List.copyOf(e.gemeenten());
        guideline.opened(e.terms());
    }

    /** The events the live document knows; any other event leaves the document, and its version, as it was. */
    private static boolean known(Object payload) {
        return payload instanceof CriterionInputRecorded || payload instanceof ThemeScaleProposed
                || payload instanceof ResponsibilityAssigned || payload instanceof PreconditionRecorded
                || payload instanceof ConfirmedByBestuurder || payload instanceof LocalInterventionOpened
                || payload instanceof InterventionResolved || payload instanceof DecisionRecorded
                || payload instanceof GovernanceFormRecorded || payload instanceof AssessmentReopened
                || payload instanceof InterventionReferred || payload instanceof DeviationConsented
                || payload instanceof SignalRecorded || payload instanceof SignalClosed
                || payload instanceof FormalDecisionRecorded || payload instanceof GremiumDiscussionRecorded
                || payload instanceof FollowUpRecorded
                || payload instanceof PackageRevised || payload instanceof ConfirmationWithdrawn
                || payload instanceof PreconditionStatusChanged || payload instanceof ThemeMandateFollowed
                || RaadFold.advancesVersion(payload);
    }
}
