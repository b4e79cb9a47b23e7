package nl.regiokompas.api.mandate;

import nl.regiokompas.api.framework.FrameworkTerms;

import java.util.List;

/**
 * A mandate was registered. {@code terms} are the framework terms it was checked against, so that later
 * amendments are checked against the same mandate roles; it may be null in events written without it.
 */
public record MandateRegistered(String mandateId, String themeCode, String bestuurlijkOpdrachtgever,
                                String ambtelijkOpdrachtgever, String ambtenaar50, List<Power> powers,
                                FrameworkTerms terms) {

    public MandateRegistered(String mandateId, String themeCode, String bestuurlijkOpdrachtgever,
                             String ambtelijkOpdrachtgever, String ambtenaar50, List<Power> powers) {
        this(mandateId, themeCode, bestuurlijkOpdrachtgever, ambtelijkOpdrachtgever, ambtenaar50, powers, null);
    }
}
