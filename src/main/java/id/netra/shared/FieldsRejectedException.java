// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

import java.util.List;

/**
 * Rules refused a request field by field (422): a form shows each rejection at its field, and the API answers
 * problem+json with {@code errors: [{field, code, message}]} (see {@code shared.web.ProblemResponses}).
 */
public class FieldsRejectedException extends RuleViolationException {

    private final transient List<FieldRejection> rejections;

    /** @param messageKey the summary shown above the fields */
    public FieldsRejectedException(String messageKey, List<FieldRejection> rejections) {
        super(messageKey);
        this.rejections = List.copyOf(rejections);
    }

    public List<FieldRejection> rejections() {
        return rejections;
    }
}
