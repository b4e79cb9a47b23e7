package nl.regiokompas.command.weighing;

import nl.regiokompas.api.assessment.Confirmation;
import nl.regiokompas.api.assessment.InterventionOutcome;
import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.api.weighing.ConfirmForm;
import nl.regiokompas.api.weighing.FormChosen;
import nl.regiokompas.api.weighing.FormConfirmed;
import nl.regiokompas.api.weighing.FormInterventionOpened;
import nl.regiokompas.api.weighing.FormInterventionReferred;
import nl.regiokompas.api.weighing.FormInterventionResolved;
import nl.regiokompas.api.weighing.FormProposed;
import nl.regiokompas.api.weighing.FormScored;
import nl.regiokompas.api.weighing.FormZienswijzePeriodOpened;
import nl.regiokompas.api.weighing.FormZienswijzeRecorded;
import nl.regiokompas.api.weighing.OpenFormZienswijzePeriod;
import nl.regiokompas.api.weighing.RaadInformedOfForm;
import nl.regiokompas.api.weighing.RecordFormZienswijze;
import nl.regiokompas.api.weighing.RecordRaadInformedOfForm;
import nl.regiokompas.api.weighing.InterveneOnForm;
import nl.regiokompas.api.weighing.OpenWeighing;
import nl.regiokompas.api.weighing.ProposeForm;
import nl.regiokompas.api.weighing.RaadRoleRecorded;
import nl.regiokompas.api.weighing.RecordRaadRole;
import nl.regiokompas.api.weighing.ResolveFormIntervention;
import nl.regiokompas.api.weighing.ScoreForm;
import nl.regiokompas.api.weighing.WeighedTheme;
import nl.regiokompas.api.weighing.WeighingAction;
import nl.regiokompas.api.weighing.WeighingOpened;
import nl.regiokompas.api.weighing.WeighingOutcome;
import nl.regiokompas.command.common.Caller;
import nl.regiokompas.command.common.Choices;
import nl.regiokompas.command.common.InterventionOutcomeRules;
import nl.regiokompas.command.raad.InformingRules;
import nl.regiokompas.command.raad.RaadsbesluitRules;
import nl.regiokompas.command.raad.ZienswijzePeriod;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static nl.regiokompas.api.framework.FrameworkTerms.Term.FORM_CRITERION;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.GEMEENTE;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.GOVERNANCE_FORM;
import static nl.regiokompas.api.framework.FrameworkTerms.Term.THEME;
import static nl.regiokompas.api.weighing.WeighingAction.CONFIRM;
import static nl.regiokompas.api.weighing.WeighingAction.INTERVENE;
import static nl.regiokompas.api.weighing.WeighingAction.OPEN_ZIENSWIJZE_PERIOD;
import static nl.regiokompas.api.weighing.WeighingAction.RECORD_RAAD_INFORMED;
import static nl.regiokompas.api.weighing.WeighingAction.RECORD_ZIENSWIJZE;
import static nl.regiokompas.api.weighing.WeighingAction.PROPOSE_FORM;
import static nl.regiokompas.api.weighing.WeighingAction.RECORD_RAAD_ROLE;
import static nl.regiokompas.api.weighing.WeighingAction.RESOLVE_INTERVENTION;
import static nl.regiokompas.api.weighing.WeighingAction.SCORE;
import static nl.regiokompas.command.common.Rules.optionalText;
import static nl.regiokompas.command.common.Rules.requireGiven;
import static nl.regiokompas.command.common.Rules.requireKnown;
import static nl.regiokompas.command.common.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * Phase 4, form follows content: which form of cooperation fits one or more confirmed themes. Each gemeente's
 * strateeg scores the forms on the form criteria of the framework; per form the weighing records what it means for
 * the raden; a proposal (revision) of one form is confirmed per gemeente by its bestuurder, as an assessment is,
 * with interventions; when all confirmed and none is open, the form is chosen for every theme covered. Interventions
 * end by the gouden-driehoek rules of an assessment's ({@link InterventionOutcomeRules}); a weighing knows no local
 * deviation, since the form is chosen by all participants together.
 * <p>
 * The raden take part with the mechanisms of the assessment: a zienswijze period on a revision holds the
 * confirmations ({@link ZienswijzePeriod}, shared with the assessment), and after the choice each raad is informed.
 */
@Aggregate
public class Weighing {

    static final int LOWEST_SCORE = -2;
    static final int HIGHEST_SCORE = 2;
    static final String CHOSEN = "De samenwerkingsvorm van deze afweging is gekozen; de afweging is afgesloten.";
    static final String NO_LOCAL_DEVIATION = "Een lokale afwijking bestaat niet bij een vormafweging: de "
            + "samenwerkingsvorm wordt door alle deelnemers samen gekozen, en een gemeente die niet meedoet is geen "
            + "afwijking van een laag. Trek de interventie in, laat een nieuwe revisie haar overnemen of verwijs haar "
            + "naar de Bestuurstafel.";

    /** The refusal per action that a role may do only for its own gemeente: own gemeente, then the other. */
    private static final Map<WeighingAction, String> OWN_GEMEENTE_ONLY = Map.of(
            SCORE, "Een strateeg scoort alleen voor de eigen gemeente (%s), niet voor %s.",
            CONFIRM, "Een bestuurder bevestigt alleen voor de eigen gemeente (%s), niet voor %s.",
            INTERVENE, "U intervenieert alleen namens de eigen gemeente (%s), niet namens %s.",
            RECORD_ZIENSWIJZE, "Een griffier legt alleen vast voor de eigen gemeente (%s), niet voor %s.",
            RECORD_RAAD_INFORMED, "U legt het informeren van de raad alleen vast voor de eigen gemeente (%s), niet voor %s.");

    @AggregateIdentifier
    private String weighingId;
    private FrameworkTerms terms;
    private List<WeighedTheme> themes;
    private List<String> forms;
    private List<String> criteria;
    private List<String> gemeenten;
    private final Set<String> formsWithRaadRole = new HashSet<>();
    private Integer revision;
    private String proposedForm;
    private String rationale;
    private int highestRevision;
    private final Map<String, Confirmation> confirmationsByGemeente = new LinkedHashMap<>();
    private final Map<String, InterventionOutcomeRules.Filed> openInterventions = new HashMap<>();
    private final Set<String> interventionIds = new HashSet<>();
    private boolean chosen;
    private final ZienswijzePeriod zienswijze = new ZienswijzePeriod();

    protected Weighing() {
    }

    public Weighing(OpenWeighing command, FrameworkTerms terms, Map<String, WeighedTheme> decided) {
        String id = requireText("weighingId", "het id van de afweging", command.weighingId(), Limits.SHORT_TEXT);
        if (terms.formCriteria().isEmpty()) {
            throw RuleViolation.illegalState("Versie " + terms.version() + " van het afwegingskader kent geen "
                    + "criteria voor de vormafweging; stel eerst een versie vast die ze bevat.");
        }
        List<String> themeCodes = distinctKnown("themeCodes", "een thema", "Onbekend thema", command.themeCodes(),
                Choices.of(terms, THEME, terms.themes()), THEME, terms, 1, "Kies ten minste één bevestigd thema.");
        List<WeighedTheme> covered = new ArrayList<>();
        for (String theme : themeCodes) {
            WeighedTheme confirmed = decided.get(theme);
            if (confirmed == null) {
                throw RuleViolation.illegalState("Thema " + terms.nameOf(THEME, theme) + " heeft nog geen "
                        + "bevestigd afwegingstraject; de vorm volgt de inhoud, dus eerst de bestuurlijke bevestiging.");
            }
            covered.add(confirmed);
        }
        List<String> weighed = distinctKnown("forms", "een samenwerkingsvorm", "Onbekende samenwerkingsvorm",
                command.forms(), Choices.of(terms, GOVERNANCE_FORM, terms.governanceForms()), GOVERNANCE_FORM, terms,
                2, "Kies ten minste twee samenwerkingsvormen om tegen elkaar af te wegen.");
        String title = optionalText("title", "de titel", command.title(), Limits.SHORT_TEXT);
        apply(new WeighingOpened(id, title == null ? "Vormafweging " + terms.namesOf(THEME, themeCodes) : title,
                covered, weighed, terms.formCriteria(), List.copyOf(terms.gemeenten()), terms.version(), terms));
    }

    private static List<String> distinctKnown(String field, String label, String unknown, List<String> requested,
                                              Choices choices, FrameworkTerms.Term term, FrameworkTerms terms,
                                              int atLeast, String tooFew) {
        List<String> codes = requested == null ? List.of() : requested;
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            requireKnown(field, label, unknown, code, choices);
            if (!seen.add(code)) {
                throw RuleViolation.invalid(field, capitalized(terms.nameOf(term, code)) + " staat dubbel in de lijst.");
            }
        }
        if (codes.size() < atLeast) {
            throw RuleViolation.invalid(field, tooFew + " Kies uit " + choices.names() + ".");
        }
        return List.copyOf(codes);
    }

    @CommandHandler
    public WeighingOutcome handle(ScoreForm command, MetaData metaData) {
        guard(SCORE, command.gemeente(), metaData);
        requireParticipant(command.gemeente());
        requireWeighedForm(command.form());
        requireKnown("criterion", "het criterium", "Onbekend criterium voor de vormafweging", command.criterion(),
                Choices.of(terms, FORM_CRITERION, criteria));
        requireGiven("score", "een score van " + LOWEST_SCORE + " tot en met +" + HIGHEST_SCORE, command.score());
        if (command.score() < LOWEST_SCORE || command.score() > HIGHEST_SCORE) {
            throw RuleViolation.invalid("score", "Een score loopt van " + LOWEST_SCORE + " tot en met +"
                    + HIGHEST_SCORE + "; gegeven: " + command.score() + ".");
        }
        String argument = requireText("argument", "het argument", command.argument(), Limits.LONG_TEXT);
        apply(new FormScored(weighingId, command.gemeente(), command.form(), command.criterion(), command.score(),
                argument));
        return outcome(null);
    }

    @CommandHandler
    public WeighingOutcome handle(RecordRaadRole command, MetaData metaData) {
        guard(RECORD_RAAD_ROLE, null, metaData);
        requireWeighedForm(command.form());
        String text = requireText("text", "wat de vorm betekent voor de rol van de raden", command.text(),
                Limits.LONG_TEXT);
        apply(new RaadRoleRecorded(weighingId, command.form(), text));
        return outcome(null);
    }

    @CommandHandler
    public WeighingOutcome handle(ProposeForm command, MetaData metaData) {
        guard(PROPOSE_FORM, null, metaData);
        requireWeighedForm(command.form());
        if (!formsWithRaadRole.contains(command.form())) {
            throw RuleViolation.illegalState("Leg eerst vast wat " + terms.nameOf(GOVERNANCE_FORM, command.form())
                    + " betekent voor de rol van de raden; daarna kan de vorm worden voorgesteld.");
        }
        String given = requireText("rationale", "de onderbouwing", command.rationale(), Limits.LONG_TEXT);
        int next = highestRevision + 1;
        apply(new FormProposed(weighingId, next, command.form(), given));
        return outcome(next);
    }

    @CommandHandler
    public WeighingOutcome handle(ConfirmForm command, MetaData metaData) {
        guard(CONFIRM, command.gemeente(), metaData);
        requireParticipant(command.gemeente());
        requireProposal("Er is nog geen voorgestelde vorm om te bevestigen.");
        requireGiven("revision", "de revisie die u bevestigt", command.revision());
        if (command.revision() != revision.intValue()) {
            throw RuleViolation.illegalState("Revisie " + command.revision() + " is niet het actuele voorstel; "
                    + "het actuele voorstel is revisie " + revision + ".");
        }
        if (confirmationsByGemeente.containsKey(command.gemeente())) {
            throw RuleViolation.illegalState("De bestuurder van " + terms.nameOf(GEMEENTE, command.gemeente())
                    + " heeft revisie " + revision + " al bevestigd.");
        }
        zienswijze.requireNoZienswijzeWaiting(revision, gemeenten, terms);
        String note = optionalText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        apply(new FormConfirmed(weighingId, command.gemeente(), revision, note));
        chooseWhenComplete();
        return outcome(null);
    }

    @CommandHandler
    public WeighingOutcome handle(InterveneOnForm command, MetaData metaData) {
        guard(INTERVENE, command.gemeente(), metaData);
        String id = requireText("interventionId", "het id", command.interventionId(), Limits.SHORT_TEXT);
        if (interventionIds.contains(id)) {
            throw RuleViolation.illegalState("Interventie '" + id + "' bestaat al.");
        }
        requireParticipant(command.gemeente());
        requireProposal("Er is nog geen voorgestelde vorm om op te interveniëren.");
        requireGiven("kind", "de soort interventie", command.kind());
        String reason = requireText("reason", "de reden", command.reason(), Limits.LONG_TEXT);
        apply(new FormInterventionOpened(weighingId, id, command.gemeente(), revision, command.kind(), reason));
        return outcome(null);
    }

    @CommandHandler
    public WeighingOutcome handle(ResolveFormIntervention command, MetaData metaData) {
        guard(RESOLVE_INTERVENTION, null, metaData);
        if (!interventionIds.contains(command.interventionId())) {
            throw RuleViolation.notFound("Interventie '" + command.interventionId() + "' bestaat niet in deze afweging.");
        }
        InterventionOutcomeRules.Filed filed = openInterventions.get(command.interventionId());
        if (filed == null) {
            throw RuleViolation.illegalState("Interventie '" + command.interventionId() + "' is al afgehandeld.");
        }
        Integer takenOverBy = new InterventionOutcomeRules(terms).check(new InterventionOutcomeRules.Chosen(
                        command.outcome(), command.revision(), command.bestuurstafelOn()), filed, Caller.from(metaData),
                revisions(), () -> RuleViolation.invalid("outcome", NO_LOCAL_DEVIATION));
        String note = requireText("note", "de toelichting", command.note(), Limits.LONG_TEXT);
        if (command.outcome() == InterventionOutcome.DOORVERWEZEN) {
            apply(new FormInterventionReferred(weighingId, command.interventionId(), filed.gemeente(),
                    command.bestuurstafelOn(), note));
            return outcome(null);
        }
        apply(new FormInterventionResolved(weighingId, command.interventionId(), filed.gemeente(), command.outcome(),
                note, takenOverBy));
        chooseWhenComplete();
        return outcome(null);
    }

    /** The revisions proposed so far: each proposal numbers the next one. */
    private List<Integer> revisions() {
        return IntStream.rangeClosed(1, highestRevision).boxed().toList();
    }

    // --- The raden (issue 12's mechanisms): zienswijze on a revision, informing after the choice ---

    @CommandHandler
    public WeighingOutcome handle(OpenFormZienswijzePeriod command, MetaData metaData) {
        guard(OPEN_ZIENSWIJZE_PERIOD, null, metaData);
        requireProposal("Er is nog geen voorgestelde vorm om de raden een zienswijze op te vragen.");
        zienswijze.requireMayOpen(revision, command.endsOn(), !confirmationsByGemeente.isEmpty());
        apply(new FormZienswijzePeriodOpened(weighingId, revision, command.endsOn()));
        return outcome(null);
    }

    @CommandHandler
    public WeighingOutcome handle(RecordFormZienswijze command, MetaData metaData) {
        guard(RECORD_ZIENSWIJZE, command.gemeente(), metaData);
        requireParticipant(command.gemeente());
        zienswijze.requireMayBeRecorded(revision == null ? 0 : revision, command.gemeente(), terms);
        String text = requireText("text", "de zienswijze", command.text(), Limits.LONG_TEXT);
        apply(new FormZienswijzeRecorded(weighingId, revision, command.gemeente(), text,
                RaadsbesluitRules.require("raadsbesluit", command.raadsbesluit())));
        return outcome(null);
    }

    @CommandHandler
    public WeighingOutcome handle(RecordRaadInformedOfForm command, MetaData metaData) {
        guard(RECORD_RAAD_INFORMED, command.gemeente(), metaData);
        requireParticipant(command.gemeente());
        if (!chosen) {
            throw RuleViolation.illegalState("De samenwerkingsvorm is nog niet gekozen; de raad wordt geïnformeerd "
                    + "nadat alle bestuurders de vorm bevestigden.");
        }
        String reference = InformingRules.requireReference(command.kind(), command.date(), command.reference());
        apply(new RaadInformedOfForm(weighingId, command.gemeente(), revision, command.kind(), command.date(),
                reference));
        return outcome(null);
    }

    /**
     * What every command passes first, in this order: the caller's role may do {@code action}; a role that acts
     * only for its own gemeente acts for that one; the form is not chosen yet (informing the raad follows the choice).
     */
    private void guard(WeighingAction action, String gemeente, MetaData metaData) {
        Caller caller = Caller.from(metaData);
        caller.requireRole(action.roles().toArray(Role[]::new));
        String ownGemeenteOnly = OWN_GEMEENTE_ONLY.get(action);
        if (ownGemeenteOnly != null && !action.allowsFor(caller.role(), caller.gemeente(), gemeente)) {
            throw RuleViolation.notAllowed(String.format(ownGemeenteOnly, terms.nameOf(GEMEENTE, caller.gemeente()),
                    terms.nameOf(GEMEENTE, gemeente)));
        }
        if (chosen && action != RECORD_RAAD_INFORMED) {
            throw RuleViolation.illegalState(CHOSEN);
        }
    }

    /** Chooses the form when every gemeente confirmed the current revision and no intervention is open. */
    private void chooseWhenComplete() {
        if (revision != null && confirmationsByGemeente.keySet().containsAll(gemeenten)
                && openInterventions.isEmpty()) {
            apply(new FormChosen(weighingId, revision, proposedForm, rationale, themes,
                    gemeenten.stream().map(confirmationsByGemeente::get).toList()));
        }
    }

    private WeighingOutcome outcome(Integer proposedRevision) {
        return new WeighingOutcome(weighingId, getVersion(), proposedRevision, chosen);
    }

    private void requireWeighedForm(String form) {
        requireKnown("form", "de samenwerkingsvorm", "Onbekende of niet gewogen samenwerkingsvorm", form,
                Choices.of(terms, GOVERNANCE_FORM, forms));
    }

    private void requireProposal(String refusal) {
        if (revision == null) {
            throw RuleViolation.illegalState(refusal);
        }
    }

    private void requireParticipant(String gemeente) {
        if (gemeente == null || !gemeenten.contains(gemeente)) {
            throw RuleViolation.invalid("gemeente", "Gemeente '" + terms.nameOf(GEMEENTE, gemeente)
                    + "' neemt niet deel aan deze afweging; deelnemers: " + terms.namesOf(GEMEENTE, gemeenten) + ".");
        }
    }

    private static String capitalized(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @EventSourcingHandler
    void on(WeighingOpened event) {
        weighingId = event.weighingId();
        terms = event.terms();
        themes = List.copyOf(event.themes());
        forms = List.copyOf(event.forms());
        criteria = List.copyOf(event.criteria());
        gemeenten = List.copyOf(event.gemeenten());
    }

    @EventSourcingHandler
    void on(RaadRoleRecorded event) {
        formsWithRaadRole.add(event.form());
    }

    @EventSourcingHandler
    void on(FormProposed event) {
        revision = event.revision();
        proposedForm = event.form();
        rationale = event.rationale();
        highestRevision = Math.max(highestRevision, event.revision());
        confirmationsByGemeente.clear();
    }

    @EventSourcingHandler
    void on(FormConfirmed event, @MetaDataValue(AuditMetaData.USER_ID) String userId, @Timestamp Instant timestamp) {
        confirmationsByGemeente.put(event.gemeente(),
                new Confirmation(event.gemeente(), event.revision(), userId, timestamp));
    }

    @EventSourcingHandler
    void on(FormInterventionOpened event) {
        interventionIds.add(event.interventionId());
        openInterventions.put(event.interventionId(),
                new InterventionOutcomeRules.Filed(event.gemeente(), event.revision()));
    }

    @EventSourcingHandler
    void on(FormInterventionResolved event) {
        openInterventions.remove(event.interventionId());
    }

    @EventSourcingHandler
    void on(FormChosen event) {
        chosen = true;
    }

    @EventSourcingHandler
    void on(FormZienswijzePeriodOpened event) {
        zienswijze.opened(event.revision(), event.endsOn());
    }

    @EventSourcingHandler
    void on(FormZienswijzeRecorded event) {
        zienswijze.given(event.revision(), event.gemeente());
    }
}
