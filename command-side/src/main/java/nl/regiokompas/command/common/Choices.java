package nl.regiokompas.command.common;

import nl.regiokompas.api.framework.FrameworkTerms;

import java.util.Collection;
import java.util.List;

/** The codes a field accepts, and the names a refusal lists them by ("bovenregionaal, lokaal, regionaal"). */
public record Choices(Collection<String> codes, String names) {

    /** Codes of one kind of a framework, listed by their framework names. */
    public static Choices of(FrameworkTerms terms, FrameworkTerms.Term term, Collection<String> codes) {
        return new Choices(codes, terms.namesOf(term, codes));
    }

    /** Codes that are read as they are, such as the reflection prompts, which are questions. */
    public static Choices asWritten(Collection<String> codes) {
        return new Choices(codes, String.join(", ", List.copyOf(codes)));
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }
}
