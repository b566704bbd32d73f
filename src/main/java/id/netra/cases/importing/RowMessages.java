// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Row errors are kept as text, in Indonesian: the job outlives the request, and officers read them later. */
@Component
class RowMessages {

    private final MessageSource messages;

    RowMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }
}
