package nl.regiokompas.web.page;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** The server-rendered printable pages' templates: {{name}} placeholders and escaping of every filled-in text. */
public final class HtmlTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private HtmlTemplate() {
    }

    /** Fills every {{name}} of the template in one pass, so that filled-in text is never read as a placeholder. */
    public static String fill(String template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder html = new StringBuilder(template.length() * 2);
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for placeholder " + placeholder.group());
            }
            placeholder.appendReplacement(html, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(html);
        return html.toString();
    }

    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
