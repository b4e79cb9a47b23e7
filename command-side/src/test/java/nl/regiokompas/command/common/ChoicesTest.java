package nl.regiokompas.command.common;

import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FrameworkTerms;
import nl.regiokompas.command.ZouFramework;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChoicesTest {

    private final FrameworkTerms terms = ZouFramework.terms();

    @Test
    void a_known_code_passes_without_the_names_being_built() {
        // given choices whose names cannot be built
        Choices layers = Choices.listedBy(List.of("BELEID", "UITVOERING"), () -> {
            throw new AssertionError("the names were built for a code that is not refused");
        });

        // when a known code is checked
        String layer = Rules.requireKnown("layer", "de laag", "Onbekende laag", "BELEID", layers);

        // then it passes
        assertThat(layer).isEqualTo("BELEID");
    }

    @Test
    void a_refusal_lists_the_choices_by_their_framework_names() {
        // given the layers of the framework
        Choices layers = Choices.of(terms, FrameworkTerms.Term.LAYER, terms.layers());

        // when an unknown layer is checked
        // then the refusal names every layer as the framework does
        assertThatThrownBy(() -> Rules.requireKnown("layer", "de laag", "Onbekende laag", "FOO", layers))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Onbekende laag 'FOO'; kies uit " + terms.namesOf(FrameworkTerms.Term.LAYER, terms.layers())
                        + ".");
    }

    @Test
    void a_missing_code_is_refused_with_the_names_written_as_they_are() {
        // given choices read as written
        Choices prompts = Choices.asWritten(List.of("Wat ging goed?", "Wat kan beter?"));

        // when no code is given
        // then the refusal lists them joined by commas
        assertThatThrownBy(() -> Rules.requireKnown("prompt", "een vraag", "Onbekende vraag", " ", prompts))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("Kies een vraag uit Wat ging goed?, Wat kan beter?.");
    }
}
