package nl.regiokompas.web.ui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What axe-core looks at on the page a {@link Browser} shows now, as a key: the whole document's markup plus
 * the state that markup does not hold (field values, checked boxes, the focused element). Two pages with the
 * same key give axe-core the same input (same markup, same style sheets, same window), so they have the same
 * violations.
 * <p>
 * Left out of the key is only who is signed in, which differs on every page without changing what axe-core
 * judges: the text of the "Aangemeld als" line (replaced, keeping its elements and which of its texts are
 * empty), hidden inputs' values (CSRF tokens; hidden inputs are not rendered), and the body's {@code data-rol}
 * attribute, but that one only while no style sheet rule mentions it (a rule that did would make the
 * page look different per role, and then the role stays in the key).
 */
final class RenderedState {

    private static final String KEY = """
            const styledByRole = Array.from(document.styleSheets).some(sheet => {
                try {
                    return Array.from(sheet.cssRules).some(rule => rule.cssText.includes('data-rol'));
                } catch (unreadable) {
                    return true;
                }
            });
            const copy = document.documentElement.cloneNode(true);
            if (!styledByRole) {
                copy.querySelector('body').removeAttribute('data-rol');
            }
            const user = copy.querySelector('#aangemeld-als');
            if (user) {
                const texts = document.createTreeWalker(user, NodeFilter.SHOW_TEXT);
                for (let text = texts.nextNode(); text; text = texts.nextNode()) {
                    text.nodeValue = text.nodeValue.trim() ? 'gebruiker' : text.nodeValue;
                }
            }
            copy.querySelectorAll('input[type=hidden]').forEach(input => input.removeAttribute('value'));
            const fields = Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                .map(field => field.value + '|' + field.checked + '|' + field.selectedIndex);
            const focused = document.activeElement;
            const focus = focused ? focused.tagName + '#' + focused.id + '.' + focused.className : '';
            return [copy.outerHTML, fields.join('\\n'), focus, window.innerWidth + 'x' + window.innerHeight,
                window.scrollX + ',' + window.scrollY].join('\\n--\\n');
            """;

    private RenderedState() {
    }

    /** The key of the page as it is now (a SHA-256 of the state described above). */
    static String of(Browser browser) {
        String state = (String) browser.script(KEY);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
