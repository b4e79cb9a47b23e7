package nl.regiokompas.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import nl.regiokompas.query.support.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report's flat JSON objects read token by token give what the object mapper gave. */
class FlatJsonTest {

    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"UITVOERING\": \"REGIONAAL\", \"BELEID\": \"LOKAAL\"}",
            "{\"b\": \"2\", \"a\": \"1\", \"c\": \"3\"}",
            "{\"Wat ging goed?\": \"Veel \\\"overleg\\\" \\u00e9n \\n een regel\"}",
            "{\"UITVOERING\": null}",
            "{\"aantal\": 3, \"waar\": true}",
            "{\"dubbel\": \"eerst\", \"dubbel\": \"laatst\"}",
            "{}",
            " { } "})
    void a_flat_object_reads_as_the_object_mapper_reads_it(String json) {
        Map<String, String> read = FlatJson.strings(json);

        assertThat(read).isEqualTo(Json.read(json, STRINGS));
        assertThat(read.keySet()).containsExactlyElementsOf(Json.read(json, STRINGS).keySet());
    }

    @Test
    void a_null_column_reads_as_no_values() {
        assertThat(FlatJson.strings(null)).isEmpty();
    }

    @Test
    void a_nested_object_is_refused() {
        assertThatThrownBy(() -> FlatJson.strings("{\"a\": {\"b\": \"c\"}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
