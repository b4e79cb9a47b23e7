package nl.regiokompas.api.framework;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworkTermsOrderTest {

    private static final List<String> SCALES = List.of("LOKAAL", "REGIONAAL", "BOVENREGIONAAL");

    @Test
    void terms_read_back_with_their_codes_in_hash_order_list_them_in_the_framework_order() {
        // given the scales as a stored event's reader hands them over: a HashSet, which iterates in hash order
        Set<String> readBack = new HashSet<>(SCALES);
        assertThat(List.copyOf(readBack)).isNotEqualTo(SCALES);

        // when the terms are made with the names in the framework's order
        FrameworkTerms terms = terms(readBack, Map.of("LOKAAL", "Lokaal", "REGIONAAL", "Regionaal",
                "BOVENREGIONAAL", "Bovenregionaal"));

        // then the scales iterate in the framework's order
        assertThat(List.copyOf(terms.scales())).isEqualTo(SCALES);
    }

    @Test
    void codes_the_names_lack_follow_the_named_ones() {
        // given terms whose names list only two of the three scales
        Set<String> scales = new LinkedHashSet<>(List.of("BOVENREGIONAAL", "REGIONAAL", "LOKAAL"));

        // when the terms are made
        FrameworkTerms terms = terms(scales, Map.of("REGIONAAL", "Regionaal"));

        // then the named scale comes first and the others keep their own order
        assertThat(List.copyOf(terms.scales())).containsExactly("REGIONAAL", "BOVENREGIONAAL", "LOKAAL");
    }

    private static FrameworkTerms terms(Set<String> scales, Map<String, String> scaleNames) {
        LinkedHashMap<String, String> ordered = new LinkedHashMap<>();
        SCALES.stream().filter(scaleNames::containsKey).forEach(code -> ordered.put(code, scaleNames.get(code)));
        return new FrameworkTerms(1, "ZOU", List.of("BUN"), Set.of("JEUGD"), List.of("BELEID"), scales, Set.of("C1"),
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Map.of(FrameworkTerms.Term.SCALE, ordered));
    }
}
