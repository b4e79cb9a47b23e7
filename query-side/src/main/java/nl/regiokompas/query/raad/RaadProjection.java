package nl.regiokompas.query.raad;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.raad.KaderAmended;
import nl.regiokompas.api.raad.KaderSet;
import nl.regiokompas.api.raad.KaderView;
import nl.regiokompas.api.raad.KaderWithdrawn;
import nl.regiokompas.api.raad.KadersAnswered;
import nl.regiokompas.api.raad.RaadConfirmationView;
import nl.regiokompas.api.raad.RaadInformed;
import nl.regiokompas.api.raad.RaadVerdictRecorded;
import nl.regiokompas.api.raad.Raadsbesluit;
import nl.regiokompas.api.raad.ZienswijzeAnswered;
import nl.regiokompas.api.raad.ZienswijzePeriodOpened;
import nl.regiokompas.api.raad.ZienswijzeRecorded;
import nl.regiokompas.query.support.DeferredWrites.Statement;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import nl.regiokompas.query.support.PerTransaction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.textArray;
import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * The gemeenteraden's facts: kaders with their history, and per assessment the confirmations as the raad sees them,
 * zienswijze periods and zienswijzen, and informing. Re-handling an event (a batch handled again) changes nothing.
 * Written in batches before the transaction commits ({@link RaadWrites}).
 */
@Component
@ProcessingGroup(ProjectionGroups.RAAD)
class RaadProjection {

    private static final Statement KADER_SET = Statement.writing("raad_kader", """
            INSERT INTO raad_kader (kader_id, gemeente, theme_code, text, in_force, besluit_date,
                besluit_reference, besluit_url, set_at, changed_at, history, version)
            VALUES (?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?) ON CONFLICT (kader_id) DO NOTHING""");
    private static final Statement KADER_CHANGED = Statement.writing("raad_kader", """
            UPDATE raad_kader SET text = COALESCE(?, text), in_force = ?, besluit_date = ?,
                besluit_reference = ?, besluit_url = ?, changed_at = ?,
                history = history || CAST(? AS jsonb), version = ?
            WHERE kader_id = ? AND version < ?""");
    private static final Statement OPENED = Statement.writing("raad_assessment", """
            INSERT INTO raad_assessment (assessment_id, theme_code, title, gemeenten, cycle, decided, version)
            VALUES (?, ?, ?, ?, ?, FALSE, ?) ON CONFLICT (assessment_id) DO NOTHING""");
    private static final Statement VOIDED = Statement.writing("raad_confirmation", """
            UPDATE raad_confirmation SET current = FALSE
            WHERE assessment_id = ? AND cycle = ? AND revision <> ?""");
    private static final Statement CONFIRMED = Statement.writing("raad_confirmation", """
            INSERT INTO raad_confirmation (assessment_id, sequence, cycle, gemeente, revision, confirmed_at,
                confirmed_by, answers, conditional, current)
            VALUES (?, ?, ?, ?, ?, ?, ?, '[]'::jsonb, FALSE, TRUE) ON CONFLICT DO NOTHING""");
    private static final Statement KADERS_ANSWERED = Statement.writing("raad_confirmation", """
            UPDATE raad_confirmation SET answers = CAST(? AS jsonb), conditional = ?
            WHERE assessment_id = ? AND cycle = ? AND gemeente = ? AND revision = ? AND current""");
    private static final Statement VERDICT = Statement.writing("raad_confirmation", """
            UPDATE raad_confirmation SET verdict = ?, verdict_date = ?, verdict_reference = ?, current = ?
            WHERE assessment_id = ? AND cycle = ? AND gemeente = ? AND revision = ? AND current
                AND verdict IS NULL""");
    private static final Statement PERIOD_OPENED = Statement.writing("raad_zienswijze_period", """
            INSERT INTO raad_zienswijze_period (assessment_id, cycle, revision, ends_on, opened_at)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
    private static final Statement ZIENSWIJZE = Statement.writing("raad_zienswijze", """
            INSERT INTO raad_zienswijze (assessment_id, cycle, revision, gemeente, text, besluit_date,
                besluit_reference, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
    private static final Statement ZIENSWIJZE_ANSWERED = Statement.writing("raad_zienswijze", """
            UPDATE raad_zienswijze SET answer = ?, answered_in_revision = ?, answered_at = ?
            WHERE assessment_id = ? AND cycle = ? AND revision = ? AND gemeente = ?""");
    private static final Statement INFORMED = Statement.writing("raad_informing", """
            INSERT INTO raad_informing (assessment_id, sequence, cycle, gemeente, revision, kind,
                informed_on, reference, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
    private static final Statement FIRST_PROPOSED = Statement.writing("raad_assessment",
            "UPDATE raad_assessment SET first_proposed_at = COALESCE(first_proposed_at, ?) WHERE assessment_id = ?");
    private static final Statement DECIDED = Statement.writing("raad_assessment",
            "UPDATE raad_assessment SET decided = TRUE WHERE assessment_id = ?");
    private static final Statement REOPENED = Statement.writing("raad_assessment",
            "UPDATE raad_assessment SET decided = FALSE, cycle = ? WHERE assessment_id = ?");

    private final JdbcTemplate jdbc;
    private final RaadWrites writes;
    /** Per assessment the highest sequence {@link #reached} in this transaction, written just before it commits. */
    private final PerTransaction<Map<String, Long>> reached;

    RaadProjection(JdbcTemplate jdbc, RaadWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.reached = new PerTransaction<>(TreeMap::new, this::writeReached);
    }

    @EventHandler
    void on(KaderSet e, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.add(KADER_SET,
                e.kaderId(), e.gemeente(), e.themeCode(), e.text(), e.raadsbesluit().date(),
                e.raadsbesluit().reference(), e.raadsbesluit().url(), timestamp(at), timestamp(at),
                Json.write(List.of(new KaderView.Change(KaderView.SET, at, e.text(), e.raadsbesluit()))), sequence);
    }

    @EventHandler
    void on(KaderAmended e, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(e.kaderId(), sequence, at, e.text(), true, e.raadsbesluit(),
                new KaderView.Change(KaderView.AMENDED, at, e.text(), e.raadsbesluit()));
    }

    @EventHandler
    void on(KaderWithdrawn e, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(e.kaderId(), sequence, at, null, false, e.raadsbesluit(),
                new KaderView.Change(KaderView.WITHDRAWN, at, null, e.raadsbesluit()));
    }

    private void change(String kaderId, long sequence, Instant at, String text, boolean inForce, Raadsbesluit besluit,
                        KaderView.Change change) {
        writes.add(KADER_CHANGED,
                text, inForce, besluit.date(), besluit.reference(), besluit.url(), timestamp(at),
                Json.write(List.of(change)), sequence, kaderId, sequence);
    }

    @EventHandler
    void on(AssessmentOpened e, @SequenceNumber long sequence) {
        writes.add(e.assessmentId(), OPENED,
                e.assessmentId(), e.themeCode(), e.title() == null ? e.themeCode() : e.title(),
                textArray(e.gemeenten()), e.cycle(), sequence);
    }

    @EventHandler
    void on(ThemeScaleProposed e, @SequenceNumber long sequence, @Timestamp Instant at) {
        reached(e.assessmentId(), sequence);
        writes.add(e.assessmentId(), FIRST_PROPOSED,
                timestamp(at), e.assessmentId());
        writes.add(e.assessmentId(), VOIDED,
                e.assessmentId(), e.cycle(), e.revision());
    }

    @EventHandler
    void on(ConfirmedByBestuurder e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetaData.USER_ID) String by) {
        reached(e.assessmentId(), sequence);
        writes.add(e.assessmentId(), CONFIRMED,
                e.assessmentId(), sequence, e.cycle(), e.gemeente(), e.revision(), timestamp(at), by);
    }

    @EventHandler
    void on(KadersAnswered e, @SequenceNumber long sequence) {
        reached(e.assessmentId(), sequence);
        writes.add(e.assessmentId(), KADERS_ANSWERED,
                Json.write(e.answers()), e.conditional(), e.assessmentId(), e.cycle(), e.gemeente(), e.revision());
    }

    @EventHandler
    void on(RaadVerdictRecorded e, @SequenceNumber long sequence) {
        reached(e.assessmentId(), sequence);
        writes.add(e.assessmentId(), VERDICT,
                e.agreed() ? RaadConfirmationView.INGESTEMD : RaadConfirmationView.NIET_INGESTEMD,
                e.raadsbesluit().date(), e.raadsbesluit().reference(), e.agreed(), e.assessmentId(), e.cycle(),
                e.gemeente(), e.revision());
    }

    @EventHandler
    void on(DecisionRecorded e, @SequenceNumber long sequence) {
        reached(e.assessmentId(), sequence);
        writes.add(e.assessmentId(), DECIDED, e.assessmentId());
    }

    @EventHandler
    void on(AssessmentReopened e, @SequenceNumber long sequence) {
        reached(e.assessmentId(), sequence);
        writes.add(e.assessmentId(), REOPENED, e.cycle(),
                e.assessmentId());
    }

    @EventHandler
    void on(ZienswijzePeriodOpened e, @SequenceNumber long sequence, @Timestamp Instant at) {
        reached(e.assessmentId(), sequence);
        writes.add(e.assessmentId(), PERIOD_OPENED,
                e.assessmentId(), e.cycle(), e.revision(), e.endsOn(), timestamp(at));
    }

    @EventHandler
    void on(ZienswijzeRecorded e, @SequenceNumber long sequence, @Timestamp Instant at) {
        reached(e.assessmentId(), sequence);
        writes.add(e.assessmentId(), ZIENSWIJZE,
                e.assessmentId(), e.cycle(), e.revision(), e.gemeente(), e.text(), e.raadsbesluit().date(),
                e.raadsbesluit().reference(), timestamp(at));
    }

    @EventHandler
    void on(ZienswijzeAnswered e, @SequenceNumber long sequence, @Timestamp Instant at) {
        reached(e.assessmentId(), sequence);
        writes.add(e.assessmentId(), ZIENSWIJZE_ANSWERED,
                e.text(), e.answeredInRevision(), timestamp(at), e.assessmentId(), e.cycle(), e.revision(),
                e.gemeente());
    }

    @EventHandler
    void on(RaadInformed e, @SequenceNumber long sequence, @Timestamp Instant at) {
        reached(e.assessmentId(), sequence);
        writes.add(e.assessmentId(), INFORMED,
                e.assessmentId(), sequence, e.cycle(), e.gemeente(), e.revision(), e.kind().name(), e.date(),
                e.reference(), timestamp(at));
    }

    /**
     * The version of the assessment up to which this view includes what concerns the raden: the last proposal,
     * confirmation, reopening or raad event (read-your-writes after those; other events of the assessment leave it).
     */
    private void reached(String assessmentId, long sequence) {
        reached.current().merge(assessmentId, sequence, Math::max);
    }

    private void writeReached(Map<String, Long> versions) {
        writes.flush();
        jdbc.batchUpdate("UPDATE raad_assessment SET version = GREATEST(version, ?) WHERE assessment_id = ?",
                versions.entrySet().stream().map(version -> new Object[]{version.getValue(), version.getKey()})
                        .toList());
    }

    @ResetHandler
    void reset() {
        for (String table : ProjectionGroups.tables(ProjectionGroups.RAAD)) {
            jdbc.update("DELETE FROM " + table);
        }
    }
}
