package nl.regiokompas.query.weighing;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import nl.regiokompas.api.weighing.FindWeighing;
import nl.regiokompas.api.weighing.FindWeighingsOfAssessment;
import nl.regiokompas.api.weighing.ListWeighings;
import nl.regiokompas.api.weighing.WeighingDocument;
import nl.regiokompas.query.support.HandledPayloads;
import nl.regiokompas.query.support.Json;
import nl.regiokompas.query.support.ProjectionGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static nl.regiokompas.query.support.Sql.timestamp;

/**
 * Every form weighing as {@link WeighingDocumentFold} folds it, one jsonb document per weighing; an event at or
 * below the stored version was applied already and changes nothing.
 */
@Component
@ProcessingGroup(ProjectionGroups.WEIGHINGS)
class WeighingProjection implements HandledPayloads {

    private static final TypeReference<WeighingDocument> DOCUMENT = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    WeighingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every domain event reaches this handler; those of other types are dropped by type, without deserializing them. */
    @EventHandler
    void on(DomainEventMessage<?> event) {
        if (!WeighingDocumentFold.changesDocuments(event.getPayloadType())) {
            return;
        }
        WeighingDocument before = find(event.getAggregateIdentifier()).orElse(null);
        if (before != null && event.getSequenceNumber() <= before.version()) {
            return;
        }
        WeighingDocument after = WeighingDocumentFold.next(before, event);
        if (after == null) {
            return;
        }
        jdbc.update("""
                        INSERT INTO weighing (weighing_id, title, status, opened_at, version, document)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))
                        ON CONFLICT (weighing_id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version,
                            document = EXCLUDED.document""",
                after.weighingId(), after.title(), after.status(), timestamp(after.openedAt()), after.version(),
                Json.write(after));
    }

    @Override
    public boolean handles(Class<?> payloadType) {
        return WeighingDocumentFold.changesDocuments(payloadType);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM weighing");
    }

    @QueryHandler
    Optional<WeighingDocument> handle(FindWeighing query) {
        return find(query.weighingId());
    }

    @QueryHandler
    List<WeighingDocument> handle(ListWeighings query) {
        return jdbc.query("""
                        SELECT document FROM weighing
                        WHERE (CAST(? AS timestamptz) IS NULL OR opened_at >= ?)
                          AND (CAST(? AS timestamptz) IS NULL OR opened_at < ?)
                        ORDER BY opened_at DESC, weighing_id""",
                (row, n) -> Json.read(row.getString(1), DOCUMENT), timestamp(query.from()), timestamp(query.from()),
                timestamp(query.to()), timestamp(query.to()));
    }

    @QueryHandler
    List<WeighingDocument> handle(FindWeighingsOfAssessment query) {
        return jdbc.query("""
                        SELECT document FROM weighing
                        WHERE document -> 'themes' @> CAST(? AS jsonb)
                        ORDER BY opened_at DESC, weighing_id""",
                (row, n) -> Json.read(row.getString(1), DOCUMENT),
                Json.write(List.of(java.util.Map.of("assessmentId", query.assessmentId()))));
    }

    private Optional<WeighingDocument> find(String weighingId) {
        return jdbc.query("SELECT document FROM weighing WHERE weighing_id = ?",
                (row, n) -> Json.read(row.getString(1), DOCUMENT), weighingId).stream().findFirst();
    }
}
