package nl.regiokompas.query.report;

import java.time.Instant;

import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.raad.KaderSet;
import nl.regiokompas.api.raad.KadersAnswered;
import nl.regiokompas.api.raad.RaadConfirmationView;
import nl.regiokompas.api.raad.RaadInformed;
import nl.regiokompas.api.raad.RaadVerdictRecorded;
import nl.regiokompas.api.raad.ZienswijzePeriodOpened;
import nl.regiokompas.api.raad.ZienswijzeRecorded;
import nl.regiokompas.query.support.DeferredWrites.Statement;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * The raad's facts of the evaluation report (issue 12 §7), in the evaluation-report group beside
 * {@link EvaluationReportProjection}, whose cycles give the theme and participating gemeenten, and whose reset
 * empties these tables too. A confirmation is voided by a later revision's proposal or by the raad's "not agreed".
 * Every write is idempotent, so a redelivered event changes nothing. Written in batches ({@link ReportWrites}).
 */
@Component
@ProcessingGroup(ProjectionGroups.EVALUATION_REPORT)
class RaadReportProjection {

    private static final String USER_NAME = AuditMetaData.USER_NAME;

    private static final Statement KADER_SET = Statement.writing("report_raad_kader", """
            INSERT INTO report_raad_kader (kader_id, gemeente, theme_code, text, set_at, set_by_name)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
    private static final Statement CONFIRMED = Statement.writing("report_raad_confirmation", """
            INSERT INTO report_raad_confirmation (assessment_id, cycle, gemeente, revision, theme_code,
                confirmed_at, by_name)
            SELECT assessment_id, cycle, ?, ?, theme_code, ?, ? FROM report_cycle
            WHERE assessment_id = ? AND cycle = ?
            ON CONFLICT DO NOTHING""", EvaluationReportProjection.CYCLE_KEYS);
    private static final Statement KADERS_ANSWERED = Statement.writing("report_raad_confirmation", """
            UPDATE report_raad_confirmation SET conditional = ?
            WHERE assessment_id = ? AND cycle = ? AND gemeente = ? AND revision = ?""");
    private static final Statement VERDICT = Statement.writing("report_raad_confirmation", """
            UPDATE report_raad_confirmation SET verdict = ?, verdict_at = ?,
                voided_at = CASE WHEN ? THEN voided_at ELSE COALESCE(voided_at, ?) END
            WHERE assessment_id = ? AND cycle = ? AND gemeente = ? AND revision = ? AND verdict IS NULL""");
    private static final Statement VOIDED = Statement.writing("report_raad_confirmation", """
            UPDATE report_raad_confirmation SET voided_at = ?
            WHERE assessment_id = ? AND cycle = ? AND revision <> ? AND voided_at IS NULL""");
    private static final Statement INFORMED = Statement.writing("report_raad_informing", """
            INSERT INTO report_raad_informing (event_id, assessment_id, cycle, gemeente, revision, kind,
                informed_on, reference, recorded_at, by_name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
    private static final Statement PERIOD_OPENED = Statement.writing("report_raad_zienswijze_period", """
            INSERT INTO report_raad_zienswijze_period (assessment_id, cycle, revision, theme_code,
                gemeenten, opened_at, ends_on)
            SELECT assessment_id, cycle, ?, theme_code, gemeenten, ?, ? FROM report_cycle
            WHERE assessment_id = ? AND cycle = ?
            ON CONFLICT DO NOTHING""", EvaluationReportProjection.CYCLE_KEYS);
    private static final Statement ZIENSWIJZE = Statement.writing("report_raad_zienswijze", """
            INSERT INTO report_raad_zienswijze (assessment_id, cycle, revision, gemeente, theme_code, text,
                recorded_at, by_name)
            SELECT assessment_id, cycle, ?, ?, theme_code, ?, ?, ? FROM report_cycle
            WHERE assessment_id = ? AND cycle = ?
            ON CONFLICT DO NOTHING""", EvaluationReportProjection.CYCLE_KEYS);

    private final ReportWrites writes;

    RaadReportProjection(ReportWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(KaderSet event, @Timestamp Instant at, @MetaDataValue(USER_NAME) String byName) {
        writes.add(KADER_SET,
                event.kaderId(), event.gemeente(), event.themeCode(), event.text(), timestamp(at), byName);
    }

    @EventHandler
    void on(ConfirmedByBestuurder event, @Timestamp Instant at, @MetaDataValue(USER_NAME) String byName) {
        writes.add(event.assessmentId(), CONFIRMED,
                event.gemeente(), event.revision(), timestamp(at), byName, event.assessmentId(), event.cycle());
    }

    @EventHandler
    void on(KadersAnswered event) {
        writes.add(event.assessmentId(), KADERS_ANSWERED,
                event.conditional(), event.assessmentId(), event.cycle(), event.gemeente(), event.revision());
    }

    @EventHandler
    void on(RaadVerdictRecorded event, @Timestamp Instant at) {
        writes.add(event.assessmentId(), VERDICT,
                event.agreed() ? RaadConfirmationView.INGESTEMD : RaadConfirmationView.NIET_INGESTEMD,
                timestamp(at), event.agreed(), timestamp(at), event.assessmentId(), event.cycle(), event.gemeente(),
                event.revision());
    }

    @EventHandler
    void on(ThemeScaleProposed event, @Timestamp Instant at) {
        writes.add(event.assessmentId(), VOIDED,
                timestamp(at), event.assessmentId(), event.cycle(), event.revision());
    }

    @EventHandler
    void on(RaadInformed event, EventMessage<?> message, @MetaDataValue(USER_NAME) String byName) {
        writes.add(event.assessmentId(), INFORMED,
                message.getIdentifier(), event.assessmentId(), event.cycle(), event.gemeente(), event.revision(),
                event.kind().name(), event.date(), event.reference(), timestamp(message.getTimestamp()), byName);
    }

    @EventHandler
    void on(ZienswijzePeriodOpened event, @Timestamp Instant at) {
        writes.add(event.assessmentId(), PERIOD_OPENED,
                event.revision(), timestamp(at), event.endsOn(), event.assessmentId(), event.cycle());
    }

    @EventHandler
    void on(ZienswijzeRecorded event, @Timestamp Instant at, @MetaDataValue(USER_NAME) String byName) {
        writes.add(event.assessmentId(), ZIENSWIJZE,
                event.revision(), event.gemeente(), event.text(), timestamp(at), byName, event.assessmentId(),
                event.cycle());
    }
}
