// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses query parameters by hand, so that every malformed value gets a clear 400 in the caller's language instead
 * of the framework's generic conversion error.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String required(String name, String value) {
        if (!present(value)) {
            throw new InvalidParameterException(name, "reference.param.required", name);
        }
        return value.trim();
    }

    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(required(name, value));
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "reference.param.date", name);
        }
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
        throw new InvalidParameterException(name, "reference.param.integer", name, String.valueOf(min),
                String.valueOf(max));
    }
}
