package nl.regiokompas.api.framework;

/** A version of the afwegingskader was adopted; versions count from 1 and are never rewritten. */
public record FrameworkAdopted(String regionCode, int version, FrameworkContent content, String reason) {
}
