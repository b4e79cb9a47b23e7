package nl.regiokompas.api.framework;

/**
 * One difference between two framework versions, as a reader sees it: the section ("Criteria"), the item
 * ("C3 Schaal"), what happened to it ({@link Kind}) and, for a change, a Dutch description of what changed.
 */
public record FrameworkChange(String section, String item, Kind kind, String description) {

    public enum Kind { TOEGEVOEGD, VERWIJDERD, GEWIJZIGD }
}
