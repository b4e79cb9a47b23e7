package nl.regiokompas.api.framework;

import java.util.List;
import java.util.Map;

import nl.regiokompas.api.framework.TermNames.Term;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

public class FrameworkNamesTest {

    public static FrameworkContent content() {
        return new FrameworkContent(
                new FrameworkContent.Region("ZOU", "Zuidoost-Utrecht", "sociaal domein", List.of(
                        new FrameworkContent.Gemeente("BUN", "Bunnik"),
                        new FrameworkContent.Gemeente("HOU", "Houten"),
                        new FrameworkContent.Gemeente("UHR", "Utrechtse Heuvelrug"))),
                List.of(),
                List.of(new FrameworkContent.MandateRole("AMBTENAAR_5_0", "ambtenaar 5.0 / projectleider", "?")),
                List.of(new FrameworkContent.Layer("BELEID", "Beleid", "richting"),
                        new FrameworkContent.Layer("BEDRIJFSVOERING", "Bedrijfsvoering", "processen"),
                        new FrameworkContent.Layer("UITVOERING", "Uitvoering", "praktijk")),
                List.of(new FrameworkContent.Scale("LOKAAL", "Lokaal"),
                        new FrameworkContent.Scale("REGIONAAL", "Regionaal")),
                List.of("RICHTING", "ORGANISATIE"),
                List.of(new FrameworkContent.ResponsibilityLevel("BESTUURLIJK", "gemeentebestuur")),
                List.of(new FrameworkContent.Criterion("C3", "Partners en infrastructuur", "?", Map.of())),
                Map.of(),
                List.of(new FrameworkContent.PreconditionKind("AFSPRAKEN", "duidelijke afspraken")),
                List.of(), List.of(),
                List.of(new FrameworkContent.GovernanceForm("NETWERK", "netwerkorganisatie")),
                List.of(new FrameworkContent.Theme("JEUGD", "Jeugd"),
                        new FrameworkContent.Theme("WERK_INKOMEN", "Werk en inkomen")),
                List.of(), List.of("BESTUURLIJK", "UITVOEREND"), List.of(), List.of(),
                List.of(new FrameworkContent.FormCriterion("SNELHEID", "snelheid en flexibiliteit", "?")));
    }

    private final TermNames names = FrameworkNames.of(content());

    @Test
    void named_codes_read_as_the_framework_names_them() {
        assertThat(names.name(Term.GEMEENTE, "UHR")).isEqualTo("Utrechtse Heuvelrug");
        assertThat(names.name(Term.CRITERION, "C3")).isEqualTo("Partners en infrastructuur");
        assertThat(names.name(Term.LAYER, "BEDRIJFSVOERING")).isEqualTo("Bedrijfsvoering");
        assertThat(names.name(Term.THEME, "WERK_INKOMEN")).isEqualTo("Werk en inkomen");
        assertThat(names.name(Term.GOVERNANCE_FORM, "NETWERK")).isEqualTo("netwerkorganisatie");
        assertThat(names.name(Term.FORM_CRITERION, "SNELHEID")).isEqualTo("snelheid en flexibiliteit");
        assertThat(names.name(Term.MANDATE_ROLE, "AMBTENAAR_5_0")).isEqualTo("ambtenaar 5.0 / projectleider");
    }

    @Test
    void terms_the_framework_lists_as_bare_words_read_as_that_word() {
        assertThat(names.name(Term.RESPONSIBILITY_KIND, "ORGANISATIE")).isEqualTo("organisatie");
        assertThat(names.name(Term.RESPONSIBILITY_LEVEL, "BESTUURLIJK")).isEqualTo("bestuurlijk");
        assertThat(names.name(Term.PRECONDITION_KIND, "AFSPRAKEN")).isEqualTo("afspraken");
        assertThat(names.name(Term.REFLECTION_LEVEL, "UITVOEREND")).isEqualTo("uitvoerend");
    }

    @Test
    void a_code_the_version_does_not_list_reads_as_the_code() {
        assertThat(names.nameOf(Term.GEMEENTE, "XYZ")).isNull();
        assertThat(names.name(Term.GEMEENTE, "XYZ")).isEqualTo("XYZ");
        assertThat(names.name(Term.SCALE, "BOVENREGIONAAL")).isEqualTo("BOVENREGIONAAL");
        assertThat(names.name(Term.LAYER, null)).isNull();
    }

    @Test
    void without_a_framework_every_code_reads_as_itself() {
        assertThat(FrameworkNames.of(null).name(Term.CRITERION, "C3")).isEqualTo("C3");
    }
}
