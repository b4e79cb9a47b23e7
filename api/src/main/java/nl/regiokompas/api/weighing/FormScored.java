package nl.regiokompas.api.weighing;

/** A gemeente's score of a form on a criterion; replaces that gemeente's earlier score of the same cell. */
public record FormScored(String weighingId, String gemeente, String form, String criterion, int score,
                         String argument) {
}
