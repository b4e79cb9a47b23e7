package nl.regiokompas.api.raad;

import nl.regiokompas.api.framework.FrameworkTerms;

/**
 * A kader was set. {@code terms} are the framework terms it was checked against, so that later amendments and
 * refusals name gemeenten and themes as the framework did then.
 */
public record KaderSet(String kaderId, String gemeente, String themeCode, String text, Raadsbesluit raadsbesluit,
                       FrameworkTerms terms) {
}
