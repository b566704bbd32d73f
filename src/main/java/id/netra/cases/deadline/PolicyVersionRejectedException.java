// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.shared.FieldRejection;
import id.netra.shared.FieldsRejectedException;
import java.util.List;

/** The rules refused a proposed policy version; each objection names its field (answered as 422). */
public class PolicyVersionRejectedException extends FieldsRejectedException {

    public PolicyVersionRejectedException(List<FieldRejection> rejections) {
        super("case.policy.rejected", rejections);
    }
}
