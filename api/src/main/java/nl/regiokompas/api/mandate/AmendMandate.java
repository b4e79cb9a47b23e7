package nl.regiokompas.api.mandate;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Amends a mandate; the earlier holders and powers stay in its history. */
public record AmendMandate(@TargetAggregateIdentifier String mandateId, String bestuurlijkOpdrachtgever,
                           String ambtelijkOpdrachtgever, String ambtenaar50, List<Power> powers, String reason) {
}
