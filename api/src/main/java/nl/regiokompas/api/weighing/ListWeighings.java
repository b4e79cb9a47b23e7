package nl.regiokompas.api.weighing;

/** Every weighing, newest first, as {@link WeighingDocument}s. */
public record ListWeighings() {
}
