package nl.regiokompas.command.common;

import nl.regiokompas.api.framework.FrameworkTerms;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The codes a field accepts, and the names a refusal lists them by ("bovenregionaal, lokaal, regionaal"). The names are
 * joined only when a refusal asks for them: every command checks its inputs against choices, few are refused.
 */
public final class Choices {

    private final Collection<String> codes;
    private final Supplier<String> names;

    private Choices(Collection<String> codes, Supplier<String> names) {
        this.codes = codes;
        this.names = names;
    }

    /** Codes of one kind of a framework, listed by their framework names. */
    public static Choices of(FrameworkTerms terms, FrameworkTerms.Term term, Collection<String> codes) {
        return new Choices(codes, () -> terms.namesOf(term, codes));
    }

    /** Codes that are read as they are, such as the reflection prompts, which are questions. */
    public static Choices asWritten(Collection<String> codes) {
        return new Choices(codes, () -> String.join(", ", List.copyOf(codes)));
    }

    /** Codes listed by names that only the caller knows how to join. */
    public static Choices listedBy(Collection<String> codes, Supplier<String> names) {
        return new Choices(codes, names);
    }

    public Collection<String> codes() {
        return codes;
    }

    public String names() {
        return names.get();
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }
}
