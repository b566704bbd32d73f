// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import id.netra.shared.Decision;
import id.netra.shared.PolicyRejectedException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Parses query parameters by hand, so that every malformed value gets a clear 400 in the caller's language instead
 * of the framework's generic conversion error.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * A missing or malformed parameter: 400 problem+json whose detail says which and why, with the parameter's name
     * under {@code parameter}.
     */
    static PolicyRejectedException invalid(String parameter, String messageKey, Object... args) {
        return PolicyRejectedException.malformed(
                new Decision.Rejected(List.of(Decision.Reason.ofField(parameter, messageKey, args))), null)
                .withProperty("parameter", parameter);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String required(String name, String value) {
        if (!present(value)) {
            throw invalid(name, "reference.param.required", name);
        }
        return value.trim();
    }

    /**
     * A date written YYYY-MM-DD. ISO also allows signed years of more than four digits (+999999999-12-31), which are
     * refused too: they are no real input, and adding working days to them overflows.
     */
    static LocalDate date(String name, String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(required(name, value));
        } catch (DateTimeParseException e) {
            throw invalid(name, "reference.param.date", name);
        }
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw invalid(name, "reference.param.date", name);
        }
        return date;
    }

    static int integer(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(required(name, value));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw invalid(name, "reference.param.integer", name, String.valueOf(min),
                String.valueOf(max));
    }
}
