// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import java.time.LocalDate;
import java.util.List;

/**
 * A version an administrator proposes, as entered: any field may be missing or wrong until
 * {@link NewPolicyVersionRules} has accepted it.
 */
public record NewPolicyVersion(LocalDate validFrom, List<StageDraft> stages) {

    /** One stage's figure and its legal or factual basis. */
    public record StageDraft(DeadlineStage stage, Integer amount, DeadlineUnit unit, String source) {
    }

    public NewPolicyVersion {
        stages = stages == null ? List.of() : stages.stream().map(s -> s == null
                ? new StageDraft(null, null, null, null) : s).toList();
    }
}
