package nl.regiokompas.api.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The readable difference between two framework versions. */
class FrameworkDiffTest {

    private static FrameworkContent content(List<FrameworkContent.Criterion> criteria, List<FrameworkContent.Theme> themes,
                                            Map<String, List<String>> guideline) {
        return new FrameworkContent(new FrameworkContent.Region("ZOU", "Zuidoost-Utrecht", "sociaal domein",
                List.of(new FrameworkContent.Gemeente("BUN", "Bunnik"))), List.of(), List.of(),
                List.of(new FrameworkContent.Layer("BELEID", "Beleid", "richting")), List.of(), List.of(), List.of(),
                criteria, guideline, List.of(), List.of(), List.of(), List.of(), themes, List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private static final FrameworkContent.Criterion C1 = new FrameworkContent.Criterion("C1", "Complexiteit", "s",
            Map.of("BELEID", "Hoe complex?"));

    @Test
    void the_same_content_has_no_changes() {
        FrameworkContent same = content(List.of(C1), List.of(new FrameworkContent.Theme("JEUGD", "Jeugd")), Map.of());

        assertThat(FrameworkDiff.between(same, same)).isEmpty();
    }

    @Test
    void added_removed_and_changed_items_are_named_by_section_and_item() {
        FrameworkContent before = content(List.of(C1), List.of(new FrameworkContent.Theme("JEUGD", "Jeugd")),
                Map.of("REGIONAAL", List.of("veel expertise")));
        FrameworkContent after = content(List.of(new FrameworkContent.Criterion("C1", "Complexiteit", "s",
                        Map.of("BELEID", "Hoe complex is het thema?"))),
                List.of(new FrameworkContent.Theme("WONEN", "Wonen")),
                Map.of("REGIONAAL", List.of("veel expertise", "schaarste")));

        assertThat(FrameworkDiff.between(before, after)).containsExactly(
                new FrameworkChange("Criteria", "C1 Complexiteit", FrameworkChange.Kind.GEWIJZIGD,
                        "vraag voor BELEID gewijzigd: 'Hoe complex?' wordt 'Hoe complex is het thema?'"),
                new FrameworkChange("Richtlijn voor de uitkomst", "REGIONAAL", FrameworkChange.Kind.GEWIJZIGD,
                        "'veel expertise' wordt 'veel expertise, schaarste'"),
                new FrameworkChange("Thema's", "JEUGD Jeugd", FrameworkChange.Kind.VERWIJDERD, null),
                new FrameworkChange("Thema's", "WONEN Wonen", FrameworkChange.Kind.TOEGEVOEGD, null));
    }
}
