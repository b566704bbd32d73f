// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.web;

import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Source notes as a reader should see them. Some reference rows were loaded with pointers into the project's research
 * notes and with a bracketed "uncertain" marker; the rows are append-only (they are what was in force), so pages pass
 * the text through here: the pointer is dropped and the marker is said in words. Pages call it as
 * {@code @citations.text(...)}; modules that hand such text to the API or to a form read it through here too.
 */
@Component("citations")
@NamedInterface("web")
public class Citations {

    /** "(NOTES.md §3.6)", " NOTES.md §1.6, §2.2." and the like: a project file name with its section numbers. */
    private static final Pattern NOTE_POINTER = Pattern.compile(
            "\\s*\\(?\\b[A-Z][A-Z-]*\\.md(?:\\s*§\\s*[0-9.]+[0-9](?:\\s*,\\s*§?\\s*[0-9.]+[0-9])*)?\\)?\\.?");
    private static final Pattern UNCERTAIN = Pattern.compile("\\s*\\[TIDAK PASTI\\]");

    private final MessageSource messages;

    public Citations(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Object value) {
        if (value == null) {
            return "";
        }
        String uncertain = " (" + messages.getMessage("portal.citation.uncertain", null,
                "belum ada ketentuan resmi; nilai bawaan Netra", LocaleContextHolder.getLocale()) + ")";
        String cleaned = NOTE_POINTER.matcher(value.toString()).replaceAll("");
        return UNCERTAIN.matcher(cleaned).replaceAll(uncertain).strip();
    }
}
