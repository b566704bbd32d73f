// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.submission;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One rejected field: its path as the client sent it (e.g. {@code reportedPersons[1].nip}) and the reason, either as
 * a key of the intake bundle with arguments or, for Bean Validation, as the message already rendered in the
 * caller's language.
 */
public record FieldProblem(String field, String messageKey, Object[] args, String renderedMessage) {

    public FieldProblem(String field, String messageKey, Object... args) {
        this(field, messageKey, args, null);
    }

    public FieldProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    public static FieldProblem rendered(String field, String message) {
        return new FieldProblem(field, null, new Object[0], message);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    public String message(MessageSource messages, Locale locale) {
        return renderedMessage != null ? renderedMessage : messages.getMessage(messageKey, args, messageKey, locale);
    }
}
