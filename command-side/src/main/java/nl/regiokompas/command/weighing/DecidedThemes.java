package nl.regiokompas.command.weighing;

import java.util.Collection;
import java.util.Map;

import nl.regiokompas.api.weighing.WeighedTheme;

/**
 * Which themes have a confirmed assessment now: its latest cycle ended in a decision and was not reopened since.
 * A command-side lookup, because the weighing aggregate never queries (see {@link DecidedThemesTable}).
 */
@FunctionalInterface
public interface DecidedThemes {

    /** Per requested theme code that is confirmed now, the assessment and decision a weighing builds on. */
    Map<String, WeighedTheme> of(Collection<String> themeCodes);
}
