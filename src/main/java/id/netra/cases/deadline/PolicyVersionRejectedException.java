// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.shared.RuleViolationException;
import java.util.List;

/** The rules refused a proposed policy version; each objection names its field (answered as 422). */
public class PolicyVersionRejectedException extends RuleViolationException {

    private final transient List<FieldRejection> rejections;

    public PolicyVersionRejectedException(List<FieldRejection> rejections) {
        super("case.policy.rejected");
        this.rejections = List.copyOf(rejections);
    }

    public List<FieldRejection> rejections() {
        return rejections;
    }
}
