// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.cases.domain.CaseState;
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

    /** A state among the arguments is named as officers know it ("Direkomendasikan"), not by its code. */
    String text(String key, Object[] args, Locale locale) {
        Object[] named = args.clone();
        for (int i = 0; i < named.length; i++) {
            if (named[i] instanceof CaseState state) {
                named[i] = messages.getMessage("case.state." + state.name(), null, state.name(), locale);
            }
        }
        return messages.getMessage(key, named, key, locale);
    }
}
