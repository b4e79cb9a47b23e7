package nl.regiokompas.command.raad;

import nl.regiokompas.api.common.Limits;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.raad.Raadsbesluit;

import static nl.regiokompas.command.common.Rules.optionalText;
import static nl.regiokompas.command.common.Rules.requireGiven;
import static nl.regiokompas.command.common.Rules.requireText;

/** A raadsbesluit names its date and reference; a link, if given, is a web address. */
public final class RaadsbesluitRules {

    private RaadsbesluitRules() {
    }

    public static Raadsbesluit require(String field, Raadsbesluit besluit) {
        requireGiven(field, "het raadsbesluit (datum en kenmerk)", besluit);
        requireGiven(field, "de datum van het raadsbesluit", besluit.date());
        String reference = requireText(field, "het kenmerk van het raadsbesluit", besluit.reference(),
                Limits.SHORT_TEXT);
        String url = optionalText(field, "de link naar het raadsbesluit", besluit.url(), Limits.SHORT_TEXT);
        if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
            throw RuleViolation.invalid(field, "De link naar het raadsbesluit begint met https:// of http://.");
        }
        return new Raadsbesluit(besluit.date(), reference, url);
    }
}
