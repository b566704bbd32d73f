// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import id.netra.cases.domain.ElectionType;
import id.netra.cases.domain.RuleBasis;
import java.time.LocalDate;
import java.util.List;

/**
 * A version an administrator proposes, as entered: any field may be missing or wrong until
 * {@link NewPolicyVersionRules} has accepted it.
 */
public record NewPolicyVersion(LocalDate validFrom, ElectionType electionType, String backdateReason,
        List<StageDraft> stages) {

    /** One stage's figure, its legal or factual source and what kind of source that is. */
    public record StageDraft(DeadlineStage stage, Integer amount, DeadlineUnit unit, String source, RuleBasis basis) {

        public StageDraft {
            basis = basis == null ? RuleBasis.DEFAULT : basis;
        }

        public StageDraft(DeadlineStage stage, Integer amount, DeadlineUnit unit, String source) {
            this(stage, amount, unit, source, RuleBasis.DEFAULT);
        }
    }

    /** A version for every election that starts in the future. */
    public NewPolicyVersion(LocalDate validFrom, List<StageDraft> stages) {
        this(validFrom, null, null, stages);
    }

    public NewPolicyVersion {
        stages = stages == null ? List.of() : stages.stream().map(s -> s == null
                ? new StageDraft(null, null, null, null) : s).toList();
    }
}
