package nl.regiokompas.command.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.raad.KaderAnswer;
import nl.regiokompas.command.raad.KaderInForce;

import static nl.regiokompas.command.common.Rules.optionalText;
import static nl.regiokompas.command.common.Rules.requireText;

/**
 * The rule for a confirmation's answers to the kaders of the own raad: exactly one answer per kader in force,
 * each saying whether the package stays within it, with an explanation when it does not. Kaders are named by
 * their text and raadsbesluit, never by id alone.
 */
final class KaderAnswers {

    private static final int QUOTED = 80;

    private KaderAnswers() {
    }

    /** The checked answers in the order of the kaders; empty when the raad gave no kaders for the theme. */
    static List<KaderAnswer> check(List<KaderAnswer> given, List<KaderInForce> inForce, String raad) {
        Map<String, KaderInForce> byId = inForce.stream()
                .collect(Collectors.toMap(KaderInForce::kaderId, Function.identity()));
        Map<String, KaderAnswer> answers = new LinkedHashMap<>();
        for (KaderAnswer answer : given) {
            if (answer == null) {
                throw RuleViolation.invalid("kaders", "Een antwoord op een kader is leeg; geef kaderId en within.");
            }
            String kaderId = requireText("kaders", "het id van het kader", answer.kaderId(), Limits.SHORT_TEXT);
            KaderInForce kader = byId.get(kaderId);
            if (kader == null) {
                throw RuleViolation.invalid("kaders", "Kader '" + kaderId + "' is geen geldend kader van de raad van "
                        + raad + " voor dit thema.");
            }
            if (answers.containsKey(kaderId)) {
                throw RuleViolation.invalid("kaders", "Kader " + nameOf(kader) + " is dubbel beantwoord.");
            }
            if (answer.within() == null) {
                throw RuleViolation.invalid("kaders", "Geef bij kader " + nameOf(kader)
                        + " aan of het pakket erbinnen blijft.");
            }
            String explanation = answer.within()
                    ? optionalText("kaders", "de toelichting bij een kader", answer.explanation(), Limits.LONG_TEXT)
                    : requireText("kaders", "de toelichting waarom het pakket buiten kader " + nameOf(kader) + " gaat",
                    answer.explanation(), Limits.LONG_TEXT);
            answers.put(kaderId, new KaderAnswer(kaderId, answer.within(), explanation));
        }
        List<String> missing = inForce.stream().filter(kader -> !answers.containsKey(kader.kaderId()))
                .map(KaderAnswers::nameOf).toList();
        if (!missing.isEmpty()) {
            throw RuleViolation.invalid("kaders", "Geef bij het bevestigen per kader van de raad van " + raad
                    + " aan of het pakket erbinnen blijft; niet beantwoord: " + String.join(", ", missing) + ".");
        }
        List<KaderAnswer> ordered = new ArrayList<>();
        inForce.forEach(kader -> ordered.add(answers.get(kader.kaderId())));
        return ordered;
    }

    static boolean allWithin(List<KaderAnswer> answers) {
        return answers.stream().allMatch(KaderAnswer::within);
    }

    /** A kader as people recognise it: the start of its text and its raadsbesluit. */
    static String nameOf(KaderInForce kader) {
        String text = kader.text().strip();
        String start = text.length() <= QUOTED ? text : text.substring(0, QUOTED - 1).strip() + "…";
        return "'" + start + "' (raadsbesluit " + kader.reference() + ")";
    }
}
