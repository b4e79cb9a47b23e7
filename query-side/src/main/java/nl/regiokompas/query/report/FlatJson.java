package nl.regiokompas.query.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the report tables' flat JSON objects of strings (scales, deviations, reflection answers) token by token.
 * The whole-period report reads tens of thousands of them per request, and binding each through the object mapper
 * costs more than walking its tokens (about 5 % of the report's samples in JFR). Gives what
 * {@code Json.read(json, Map<String, String>)} gives.
 */
final class FlatJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private FlatJson() {
    }

    /** Empty for a null column or an empty object, as the tables hold {@code {}} for "none". */
    static Map<String, String> strings(String json) {
        if (json == null || json.equals("{}")) {
            return Map.of();
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("Not a JSON object: " + json);
            }
            Map<String, String> values = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    throw new IllegalArgumentException("Not a flat JSON object of strings: " + json);
                }
                values.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
