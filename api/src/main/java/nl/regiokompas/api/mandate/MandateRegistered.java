package nl.regiokompas.api.mandate;

import java.util.List;

public record MandateRegistered(String mandateId, String themeCode, String bestuurlijkOpdrachtgever,
                                String ambtelijkOpdrachtgever, String ambtenaar50, List<Power> powers) {
}
