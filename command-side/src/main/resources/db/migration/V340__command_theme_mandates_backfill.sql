-- V210's lookup is kept by ThemeMandateFollower from V210 on; mandates and assessments stored before it were
-- missing, so a theme whose only mandate was older counted as having none. Rebuild the lookup from the events
-- (JDBC event store; with Axon Server the events are not in this database, domain_event_entry is empty and nothing
-- is touched). Nothing writes while Flyway migrates, and the rebuild keeps the order of registration.
-- Assessments opened before the whole package existed never followed their theme's mandate: they are listed in
-- command_mandate_follow_pending, and ThemeMandateCatchUp sends each a FollowThemeMandate on start.
CREATE TABLE command_mandate_follow_pending (
    assessment_id VARCHAR(200) PRIMARY KEY
);

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM domain_event_entry) THEN
        RETURN;
    END IF;

    TRUNCATE command_mandate RESTART IDENTITY;
    INSERT INTO command_mandate (mandate_id, theme_code, mandate_version, ended)
    SELECT r.aggregate_identifier,
           convert_from(r.payload, 'UTF8')::jsonb ->> 'themeCode',
           (SELECT max(e.sequence_number) FROM domain_event_entry e
            WHERE e.aggregate_identifier = r.aggregate_identifier
              AND e.payload_type IN ('nl.regiokompas.api.mandate.MandateRegistered',
                                     'nl.regiokompas.api.mandate.MandateAmended')),
           EXISTS (SELECT 1 FROM domain_event_entry e
                   WHERE e.aggregate_identifier = r.aggregate_identifier
                     AND e.payload_type = 'nl.regiokompas.api.mandate.MandateEnded')
    FROM domain_event_entry r
    WHERE r.payload_type = 'nl.regiokompas.api.mandate.MandateRegistered'
    ORDER BY r.global_index;

    TRUNCATE command_assessment_theme;
    INSERT INTO command_assessment_theme (assessment_id, theme_code, decided)
    SELECT o.aggregate_identifier,
           convert_from(o.payload, 'UTF8')::jsonb ->> 'themeCode',
           COALESCE((SELECT l.payload_type = 'nl.regiokompas.api.assessment.DecisionRecorded'
                     FROM domain_event_entry l
                     WHERE l.aggregate_identifier = o.aggregate_identifier
                       AND l.payload_type IN ('nl.regiokompas.api.assessment.DecisionRecorded',
                                              'nl.regiokompas.api.assessment.AssessmentReopened')
                     ORDER BY l.sequence_number DESC LIMIT 1), FALSE)
    FROM domain_event_entry o
    WHERE o.payload_type = 'nl.regiokompas.api.assessment.AssessmentOpened'
    ON CONFLICT (assessment_id) DO NOTHING;

    INSERT INTO command_mandate_follow_pending (assessment_id)
    SELECT t.assessment_id
    FROM command_assessment_theme t
    JOIN domain_event_entry o ON o.aggregate_identifier = t.assessment_id
                             AND o.payload_type = 'nl.regiokompas.api.assessment.AssessmentOpened'
    WHERE NOT t.decided
      AND NOT (convert_from(o.payload, 'UTF8')::jsonb ? 'mandateId')
      AND NOT EXISTS (SELECT 1 FROM domain_event_entry f
                      WHERE f.aggregate_identifier = t.assessment_id
                        AND f.payload_type = 'nl.regiokompas.api.assessment.ThemeMandateFollowed');
END
$$;
