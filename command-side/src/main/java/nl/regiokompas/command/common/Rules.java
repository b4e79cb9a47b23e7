package nl.regiokompas.command.common;

import nl.regiokompas.api.common.RuleViolation;

/**
 * The checks every command shares. Each names the JSON field of the request, so that the client can show
 * the Dutch message next to the right input. Labels carry their article ("de reden", "het criterium")
 * because Dutch grammar depends on it.
 */
public final class Rules {

    private Rules() {
    }

    /** A text that must be filled in and may not exceed {@code max} characters; returned stripped. */
    public static String requireText(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid(field, "Vul " + label + " in.");
        }
        return limit(field, label, value.strip(), max);
    }

    /** A text that may be left empty (then null) and may not exceed {@code max} characters. */
    public static String optionalText(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limit(field, label, value.strip(), max);
    }

    public static <T> T requireGiven(String field, String label, T value) {
        if (value == null) {
            throw RuleViolation.invalid(field, "Geef " + label + " op.");
        }
        return value;
    }

    /**
     * A code that must be one of {@code allowed}; refusals name the choices, not their codes. {@code label}
     * names the field ("het niveau"), {@code unknown} starts the message for a code that is not allowed, for
     * instance "Onbekende laag" gives "Onbekende laag 'FOO'; kies uit Beleid, Bedrijfsvoering, Uitvoering.".
     */
    public static String requireKnown(String field, String label, String unknown, String value, Choices allowed) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid(field, "Kies " + label + " uit " + allowed.names() + ".");
        }
        if (!allowed.contains(value)) {
            throw RuleViolation.invalid(field, unknown + " '" + value + "'; kies uit " + allowed.names() + ".");
        }
        return value;
    }

    private static String limit(String field, String label, String value, int max) {
        if (value.length() > max) {
            throw RuleViolation.invalid(field, capitalized(label) + " is te lang: " + value.length()
                    + " tekens, maximaal " + max + ".");
        }
        if (value.chars().anyMatch(Rules::isControlCharacter)) {
            throw RuleViolation.invalid(field, capitalized(label)
                    + " bevat onzichtbare stuurtekens; alleen regelovergangen en tabs zijn toegestaan.");
        }
        if (value.codePoints().anyMatch(Rules::isLoneSurrogate)) {
            throw RuleViolation.invalid(field, capitalized(label)
                    + " bevat een ongeldig teken: een losse helft van een UTF-16-tekenpaar.");
        }
        return value;
    }

    /** Half of a UTF-16 pair without its other half: no character at all, and stored as '?'. */
    private static boolean isLoneSurrogate(int codePoint) {
        return Character.getType(codePoint) == Character.SURROGATE;
    }

    /** Control characters other than line breaks and tabs: invisible to readers, and NUL cannot be stored. */
    private static boolean isControlCharacter(int character) {
        return Character.isISOControl(character) && character != '\n' && character != '\r' && character != '\t';
    }

    private static String capitalized(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
