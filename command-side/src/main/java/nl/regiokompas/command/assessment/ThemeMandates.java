package nl.regiokompas.command.assessment;

/** The command side's lookup of the theme's active mandate (see {@code ThemeMandateFollower}). */
@FunctionalInterface
public interface ThemeMandates {

    ActiveMandate activeFor(String themeCode);
}
