package nl.regiokompas.web.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.regiokompas.api.assessment.AssessmentOpened;
import nl.regiokompas.api.assessment.AssessmentReopened;
import nl.regiokompas.api.assessment.ConfirmedByBestuurder;
import nl.regiokompas.api.assessment.DecisionRecorded;
import nl.regiokompas.api.assessment.FormalBody;
import nl.regiokompas.api.assessment.FormalDecisionRecorded;
import nl.regiokompas.api.assessment.InterventionKind;
import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.assessment.InterventionResolved;
import nl.regiokompas.api.assessment.LocalInterventionOpened;
import nl.regiokompas.api.assessment.ThemeScaleProposed;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.mandate.MandateRegistered;
import nl.regiokompas.api.raad.InformingKind;
import nl.regiokompas.api.raad.KaderAnswer;
import nl.regiokompas.api.raad.KaderSet;
import nl.regiokompas.api.raad.KadersAnswered;
import nl.regiokompas.api.raad.RaadInformed;
import nl.regiokompas.api.raad.RaadVerdictRecorded;
import nl.regiokompas.api.raad.Raadsbesluit;
import nl.regiokompas.api.raad.ZienswijzePeriodOpened;
import nl.regiokompas.api.raad.ZienswijzeRecorded;
import nl.regiokompas.api.reflection.ReflectionRecorded;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A constructed two-year history (1991-1992) of one fresh theme with known answers, appended to the event store
 * with chosen timestamps so that lead times are real days:
 * <ul>
 * <li>cycle 1 opened 10-01-1991; proposal 20-01 (10 days, UITVOERING deviates: "Uitvoering blijft dicht bij
 * huis"); BUN's BEZWAAR on UITVOERING 25-01, taken over 04-02 (10 days); revision 2 on 05-02; BUN and HOU confirm
 * 08-02 and 09-02 without a mandate; bevestigd 09-02 (30 days); colleges BUN 19-02 (40 days) and HOU 24-02,
 * Bestuurstafel 01-03 (50 days: formal decisions complete);</li>
 * <li>mandate registered 01-06-1991;</li>
 * <li>cycle 2 reopened 01-01-1992; proposal 05-01 (4 days) returns UITVOERING to LOKAAL; HOU's UITSTEL on BELEID
 * 06-01, withdrawn 08-01 (2 days); both confirm 10-01 inside the mandate; bevestigd 11-01 (10 days);</li>
 * <li>a bestuurlijke reflection by Bea Bestuurder of Bunnik on 01-02-1992;</li>
 * <li>the raad: BUN's kader 05-01-1991 (15 days before the first proposal), HOU's kader 22-01 (while the proposal
 * is on the table); a zienswijze period on revision 2 opened 05-02, BUN's zienswijze 06-02 and HOU's 07-02 (2 days
 * waiting); BUN's confirmation voorwaardelijk (its kader not respected) until the raad agreed 09-02 (1 day); the
 * raad informed BUN 20-02 (12 days) and HOU 15-04 (65 days: late against 42); in cycle 2 HOU's raad informed
 * 20-01-1992 (10 days) and BUN's never (not informed within the term).</li>
 * </ul>
 */
public final class ReportHistory {

    static final String WERKT_HET = "werkt het zoals bedoeld?";

    /** The tests share the database, and these years belong to this one history: it is appended once per JVM. */
    private static ReportHistory appended;

    public static synchronized ReportHistory appendedOnce(EventStore store, TransactionTemplate transactions) {
        if (appended == null) {
            ReportHistory history = new ReportHistory();
            history.append(store, transactions);
            appended = history;
        }
        return appended;
    }

    public final String theme = "T15_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final String assessmentId = "a-" + UUID.randomUUID();
    final String mandateId = "m-" + UUID.randomUUID();
    final String kaderBunnik = "k-" + UUID.randomUUID();
    final String kaderHouten = "k-" + UUID.randomUUID();
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<EventMessage<?>> events = new ArrayList<>();

    private void append(EventStore store, TransactionTemplate transactions) {
        Map<String, String> scalesOne = Map.of("BELEID", "REGIONAAL", "UITVOERING", "LOKAAL");
        Map<String, String> scalesTwo = Map.of("BELEID", "REGIONAAL", "UITVOERING", "REGIONAAL");
        String decisionOne = "d-" + UUID.randomUUID();
        String i1 = "i-" + UUID.randomUUID();
        String i2 = "i-" + UUID.randomUUID();
        List<String> gemeenten = List.of("BUN", "HOU");
        add("Kader", kaderBunnik, "1991-01-05", "Gerda Griffie", new KaderSet(kaderBunnik, "BUN", theme,
                "Binnen het huidige budget", besluit("1991-01-04"), null));
        assessment("1991-01-10", "Pieter Programma", new AssessmentOpened(assessmentId, theme, "Sociale teams",
                gemeenten, 1, 1, null));
        assessment("1991-01-20", "Pieter Programma", new ThemeScaleProposed(assessmentId, 1, 1, scalesOne,
                "Eerste voorstel", Map.of("UITVOERING", "Uitvoering blijft dicht bij huis"), null));
        add("Kader", kaderHouten, "1991-01-22", "Gerda Griffie", new KaderSet(kaderHouten, "HOU", theme,
                "Toegang blijft lokaal", besluit("1991-01-21"), null));
        assessment("1991-01-25", "Wim Wethouder", new LocalInterventionOpened(assessmentId, 1, i1, "BUN",
                "UITVOERING", InterventionKind.BEZWAAR, "Te snel", null, 1));
        assessment("1991-02-04", "Pieter Programma", new InterventionResolved(assessmentId, 1, i1, "BUN",
                InterventionOutcome.OVERGENOMEN, "In revisie 2", 2));
        assessment("1991-02-05", "Pieter Programma", new ThemeScaleProposed(assessmentId, 1, 2, scalesTwo,
                "Tweede voorstel"));
        assessment("1991-02-05", "Pieter Programma", new ZienswijzePeriodOpened(assessmentId, 1, 2,
                LocalDate.parse("1991-02-07")));
        assessment("1991-02-06", "Gerda Griffie", new ZienswijzeRecorded(assessmentId, 1, 2, "BUN", "Akkoord",
                besluit("1991-02-06")));
        assessment("1991-02-07", "Gerda Griffie", new ZienswijzeRecorded(assessmentId, 1, 2, "HOU",
                "Let op de wachttijden", besluit("1991-02-07")));
        assessment("1991-02-08", "Bea Bestuurder", new ConfirmedByBestuurder(assessmentId, 1, "BUN", 2, null));
        assessment("1991-02-08", "Bea Bestuurder", new KadersAnswered(assessmentId, 1, "BUN", 2, List.of(
                new KaderAnswer(kaderBunnik, false, "Iets duurder")), true));
        assessment("1991-02-09", "Hans Houten", new ConfirmedByBestuurder(assessmentId, 1, "HOU", 2, null));
        assessment("1991-02-09", "Gerda Griffie", new RaadVerdictRecorded(assessmentId, 1, "BUN", 2, true,
                besluit("1991-02-09")));
        assessment("1991-02-09", null, new DecisionRecorded(assessmentId, decisionOne, theme, 1, 2, scalesTwo,
                List.of(), List.of(), List.of()));
        assessment("1991-02-19", "Gerda Griffie", new FormalDecisionRecorded(assessmentId, 1, decisionOne, "BUN",
                FormalBody.COLLEGE, LocalDate.parse("1991-02-19"), "B&W-1", null));
        assessment("1991-02-24", "Gerda Griffie", new FormalDecisionRecorded(assessmentId, 1, decisionOne, "HOU",
                FormalBody.COLLEGE, LocalDate.parse("1991-02-24"), "B&W-2", null));
        assessment("1991-03-01", "Gerda Griffie", new FormalDecisionRecorded(assessmentId, 1, decisionOne, null,
                FormalBody.BESTUURSTAFEL, LocalDate.parse("1991-03-01"), "BT-1", null));
        assessment("1991-02-20", "Bea Bestuurder", new RaadInformed(assessmentId, 1, "BUN", 2,
                InformingKind.RAADSINFORMATIEBRIEF, LocalDate.parse("1991-02-20"), "RIB-1"));
        assessment("1991-04-15", "Hans Houten", new RaadInformed(assessmentId, 1, "HOU", 2,
                InformingKind.RAADSVOORSTEL, LocalDate.parse("1991-04-15"), "RV-1"));
        add("Mandate", mandateId, "1991-06-01", "Pieter Programma", new MandateRegistered(mandateId, theme,
                "Wethouder Zorg", "Directeur", "Ambtenaar", List.of()));
        assessment("1992-01-01", "Pieter Programma", new AssessmentReopened(assessmentId, 2, decisionOne,
                "Evaluatie"));
        assessment("1992-01-05", "Pieter Programma", new ThemeScaleProposed(assessmentId, 2, 1, scalesOne,
                "Terug naar lokaal"));
        assessment("1992-01-06", "Hans Houten", new LocalInterventionOpened(assessmentId, 2, i2, "HOU", "BELEID",
                InterventionKind.UITSTEL, "Raad eerst", null, 1));
        assessment("1992-01-08", "Hans Houten", new InterventionResolved(assessmentId, 2, i2, "HOU",
                InterventionOutcome.INGETROKKEN, "Toch niet"));
        assessment("1992-01-10", "Bea Bestuurder", new ConfirmedByBestuurder(assessmentId, 2, "BUN", 1, null));
        assessment("1992-01-10", "Hans Houten", new ConfirmedByBestuurder(assessmentId, 2, "HOU", 1, null));
        assessment("1992-01-11", null, new DecisionRecorded(assessmentId, "d-" + UUID.randomUUID(), theme, 2, 1,
                scalesOne, List.of(), List.of(), List.of()));
        assessment("1992-01-20", "Hans Houten", new RaadInformed(assessmentId, 2, "HOU", 1,
                InformingKind.RAADSINFORMATIEBRIEF, LocalDate.parse("1992-01-20"), "RIB-2"));
        String reflectionId = "r-" + UUID.randomUUID();
        add("Reflection", reflectionId, "1992-02-01", "Bea Bestuurder", new ReflectionRecorded(reflectionId,
                assessmentId, "BESTUURLIJK", Map.of(WERKT_HET, "Grotendeels"), "Sneller dan verwacht"));
        transactions.executeWithoutResult(status -> store.publish(events));
    }

    private static Raadsbesluit besluit(String date) {
        return new Raadsbesluit(LocalDate.parse(date), "RB-" + date, null);
    }

    private void assessment(String day, String userName, Object payload) {
        add("Assessment", assessmentId, day, userName, payload);
    }

    private void add(String type, String id, String day, String userName, Object payload) {
        long sequence = sequences.merge(id, 0L, (old, zero) -> old + 1);
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(AuditMetaData.USER_ID, "u-" + (userName == null ? "systeem" : userName.split(" ")[0]));
        if (userName != null) {
            metaData.put(AuditMetaData.USER_NAME, userName);
        }
        if (userName != null && userName.startsWith("Bea")) {
            metaData.put(AuditMetaData.GEMEENTE, "BUN");
        }
        // events of one day are apart by their order, so their timestamps keep the order
        Instant at = Instant.parse(day + "T00:00:00Z").plusMillis(events.size());
        events.add(new GenericDomainEventMessage<>(type, id, sequence,
                new GenericMessage<>(payload, MetaData.from(metaData)), at));
    }
}
