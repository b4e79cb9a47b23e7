package nl.regiokompas.api.weighing;

public record FormConfirmed(String weighingId, String gemeente, int revision, String note) {
}
