package nl.regiokompas.api.route;

/** A revision of a term of the shared glossary; revisions count from 1 per term and are never rewritten. */
public record GlossaryTermEdited(String regionCode, String term, int revision, String text) {
}
