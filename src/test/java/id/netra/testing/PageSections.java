// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts the parts of the shared layout (templates/layout.html) out of a rendered page, for assertions on them. */
public final class PageSections {

    private static final Pattern MENU = Pattern.compile("<nav class=\"container netra-menu\"[^>]*>(.*?)</nav>",
            Pattern.DOTALL);

    private PageSections() {
    }

    /** The main menu's HTML; fails when the page was not rendered inside the shared layout. */
    public static String menu(String html) {
        Matcher matcher = MENU.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no main menu of the shared layout in the page:\n" + html);
        }
        return matcher.group(1);
    }
}
