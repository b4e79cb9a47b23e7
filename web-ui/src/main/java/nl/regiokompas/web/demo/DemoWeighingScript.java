package nl.regiokompas.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.regiokompas.api.common.DutchTime;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.raad.InformingKind;
import nl.regiokompas.api.raad.Raadsbesluit;
import nl.regiokompas.api.weighing.ConfirmForm;
import nl.regiokompas.api.weighing.OpenFormZienswijzePeriod;
import nl.regiokompas.api.weighing.OpenWeighing;
import nl.regiokompas.api.weighing.ProposeForm;
import nl.regiokompas.api.weighing.RecordFormZienswijze;
import nl.regiokompas.api.weighing.RecordRaadInformedOfForm;
import nl.regiokompas.api.weighing.RecordRaadRole;
import nl.regiokompas.api.weighing.ScoreForm;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Writes one complete form weighing (phase 4) over themes the demo history confirmed, through the real command
 * path: every strateeg scores every weighed form on every form criterion, the programmateam records what each form
 * means for the raden and proposes the form with the best average, the raden give their zienswijze during a
 * period, every bestuurder confirms (so the form is chosen) and each griffier records that the raad was informed.
 * Marked as demo and stamped on its own {@link DemoTimeline}, like the themes' histories.
 */
final class DemoWeighingScript {

    private static final ZoneId DEMO_ZONE = DutchTime.ZONE;
    private static final int WEIGHED_FORMS = 2;

    private final CommandGateway commands;
    private final FrameworkContent framework;
    private final DemoActors actors;
    private final Random random;
    private DemoTimeline timeline;
    private DemoCommands demo;

    DemoWeighingScript(CommandGateway commands, FrameworkContent framework, Random random) {
        this.commands = commands;
        this.framework = framework;
        this.actors = new DemoActors(framework.region());
        this.random = random;
    }

    /** Weighs the form of these confirmed themes from {@code start} on; answers the weighing's id. */
    String write(List<String> themeCodes, Instant start, Instant ceiling) {
        timeline = new DemoTimeline(start, ceiling, random);
        demo = new DemoCommands(commands, timeline);
        List<String> forms = framework.governanceForms().stream().limit(WEIGHED_FORMS)
                .map(FrameworkContent.GovernanceForm::code).toList();
        String weighingId = UUID.randomUUID().toString();
        List<FrameworkContent.Gemeente> gemeenten = framework.region().gemeenten();
        pause(Duration.ofDays(3), Duration.ofDays(10));
        send(new OpenWeighing(weighingId, null, themeCodes, forms), actors.programmateam());
        Map<String, Integer> totals = new HashMap<>();
        for (FrameworkContent.Gemeente gemeente : gemeenten) {
            pause(Duration.ofHours(2), Duration.ofDays(4));
            for (int f = 0; f < forms.size(); f++) {
                for (FrameworkContent.FormCriterion criterion : framework.formCriteria()) {
                    // the first form leans positive, so that the gemeenten mostly agree and sometimes not
                    int score = Math.max(-2, Math.min(2, (f == 0 ? 1 : 0) + random.nextInt(3) - 1));
                    totals.merge(forms.get(f), score, Integer::sum);
                    send(new ScoreForm(weighingId, gemeente.code(), forms.get(f), criterion.code(), score,
                            "Afweging van " + gemeente.name() + " op " + criterion.code().toLowerCase() + "."),
                            actors.strateeg(gemeente));
                }
            }
        }
        for (String form : forms) {
            send(new RecordRaadRole(weighingId, form, "De raden stellen de kaders en worden jaarlijks geïnformeerd "
                    + "over de uitvoering; de verantwoording loopt via de eigen wethouder."), actors.programmateam());
        }
        String best = forms.stream().max((a, b) -> Integer.compare(totals.get(a), totals.get(b))).orElseThrow();
        pause(Duration.ofDays(2), Duration.ofDays(7));
        send(new ProposeForm(weighingId, best, "Scoort gemiddeld het best op de criteria en past bij de gekozen "
                + "inhoud."), actors.programmateam());
        send(new OpenFormZienswijzePeriod(weighingId, today().plusDays(42)), actors.programmateam());
        for (FrameworkContent.Gemeente gemeente : gemeenten) {
            pause(Duration.ofDays(1), Duration.ofDays(6));
            send(new RecordFormZienswijze(weighingId, gemeente.code(), "De raad kan zich vinden in de voorgestelde "
                    + "vorm en vraagt een evaluatie na twee jaar.", new Raadsbesluit(today(),
                    "RB-" + gemeente.code() + "-" + today().getYear(), null)), actors.griffier(gemeente));
        }
        for (FrameworkContent.Gemeente gemeente : gemeenten) {
            pause(Duration.ofDays(1), Duration.ofDays(5));
            send(new ConfirmForm(weighingId, gemeente.code(), 1, null), actors.bestuurder(gemeente));
        }
        for (FrameworkContent.Gemeente gemeente : gemeenten) {
            pause(Duration.ofDays(2), Duration.ofDays(14));
            send(new RecordRaadInformedOfForm(weighingId, gemeente.code(), InformingKind.RAADSINFORMATIEBRIEF, today(),
                    "RIB-" + gemeente.code() + "-" + today().getYear()), actors.griffier(gemeente));
        }
        return weighingId;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(timeline.now(), DEMO_ZONE);
    }

    private void pause(Duration min, Duration max) {
        timeline.pause(min, max);
    }

    private void send(Object command, Map<String, String> actor) {
        demo.send(command, actor);
    }
}
