package nl.regiokompas.web.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Assessment documents without the names of people ({@code byName}, {@code resolvedByName}). The documents folded
 * from the event store carry them; the board projection's tables do not (yet): until the board stores the fold's
 * document, tests that compare the two compare them without the names.
 */
public final class PeopleNames {

    private PeopleNames() {
    }

    public static JsonNode without(JsonNode document) {
        JsonNode copy = document.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("byName");
            object.remove("resolvedByName");
        }
        node.forEach(PeopleNames::strip);
    }
}
