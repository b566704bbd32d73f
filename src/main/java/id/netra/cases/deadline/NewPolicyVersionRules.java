// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.deadline.NewPolicyVersion.StageDraft;
import id.netra.cases.domain.DeadlineStage;
import id.netra.shared.Decision;
import id.netra.shared.Decision.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a proposed deadline policy version may be added. It starts in the future (strictly after today), or, to
 * enter the law of an earlier period (a back-dated version), on an earlier day with a stated reason of at least
 * {@value #MIN_BACKDATE_REASON} characters; either way no clock already running changes, because a deadline is
 * computed once, when its stage starts. It may not start on the day another active version for the same election
 * type starts; it must
 * give every stage exactly once, each a length of 1 to 365 days in a known unit, with the basis of the figure.
 * Every objection is reported at once, per field.
 */
public final class NewPolicyVersionRules {

    public static final int MIN_AMOUNT = 1;
    public static final int MAX_AMOUNT = 365;
    public static final int MAX_SOURCE_LENGTH = 2000;
    /** A back-dated version needs a real reason (the history shows it), not a placeholder. */
    public static final int MIN_BACKDATE_REASON = 20;

    /** An empty list means the version may be added. */
    public Decision check(NewPolicyVersion draft, PolicyHistory history, LocalDate today) {
        List<Reason> rejections = new ArrayList<>();
        checkStart(draft, history, today, rejections);
        checkStages(draft.stages(), rejections);
        return Decision.rejectAll(rejections);
    }

    private static void checkStart(NewPolicyVersion draft, PolicyHistory history, LocalDate today,
            List<Reason> rejections) {
        LocalDate validFrom = draft.validFrom();
        String backdateReason = draft.backdateReason() == null ? "" : draft.backdateReason().strip();
        if (validFrom == null) {
            rejections.add(Reason.ofField("validFrom", "case.policy.valid-from.required"));
        } else if (!validFrom.isAfter(today) && backdateReason.isEmpty()) {
            rejections.add(Reason.ofField("validFrom", "case.policy.valid-from.not-future", today.toString()));
        } else if (!validFrom.isAfter(today) && backdateReason.length() < MIN_BACKDATE_REASON) {
            rejections.add(Reason.ofField("backdateReason", "case.policy.backdate-reason.too-short",
                    MIN_BACKDATE_REASON));
        } else {
            history.activeStartingOn(draft.electionType(), validFrom).ifPresent(other -> rejections.add(
                    Reason.ofField("validFrom", "case.policy.valid-from.taken", other.version())));
        }
        if (backdateReason.length() > MAX_SOURCE_LENGTH) {
            rejections.add(Reason.ofField("backdateReason", "case.policy.source.too-long", MAX_SOURCE_LENGTH));
        }
    }

    private static void checkStages(List<StageDraft> stages, List<Reason> rejections) {
        EnumSet<DeadlineStage> seen = EnumSet.noneOf(DeadlineStage.class);
        for (int i = 0; i < stages.size(); i++) {
            StageDraft stage = stages.get(i);
            String path = "stages[" + i + "].";
            if (stage.stage() == null) {
                rejections.add(Reason.ofField(path + "stage", "case.policy.stage.required"));
            } else if (!seen.add(stage.stage())) {
                rejections.add(Reason.ofField(path + "stage", "case.policy.stage.repeated", stage.stage()));
            }
            if (stage.amount() == null) {
                rejections.add(Reason.ofField(path + "amount", "case.policy.amount.required"));
            } else if (stage.amount() < MIN_AMOUNT || stage.amount() > MAX_AMOUNT) {
                rejections.add(Reason.ofField(path + "amount", "case.policy.amount.range", MIN_AMOUNT,
                        MAX_AMOUNT));
            }
            if (stage.unit() == null) {
                rejections.add(Reason.ofField(path + "unit", "case.policy.unit.required"));
            }
            if (stage.source() == null || stage.source().isBlank()) {
                rejections.add(Reason.ofField(path + "source", "case.policy.source.required"));
            } else if (stage.source().strip().length() > MAX_SOURCE_LENGTH) {
                rejections.add(Reason.ofField(path + "source", "case.policy.source.too-long",
                        MAX_SOURCE_LENGTH));
            }
        }
        Set<DeadlineStage> missing = EnumSet.complementOf(seen);
        if (!missing.isEmpty()) {
            rejections.add(Reason.ofField("stages", "case.policy.stage.missing",
                    String.join(", ", missing.stream().map(Enum::name).toList())));
        }
    }
}
