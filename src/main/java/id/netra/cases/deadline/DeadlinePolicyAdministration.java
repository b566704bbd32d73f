// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.shared.AuditEvent;
import id.netra.cases.deadline.NewPolicyVersion.StageDraft;
import id.netra.cases.domain.ElectionType;
import id.netra.shared.ConflictException;
import id.netra.shared.NotFoundException;
import id.netra.shared.Decision;
import id.netra.shared.PolicyRejectedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only place where deadline policy versions change at run time: an administrator adds a complete version that
 * starts in the future (or, with a stated reason, a back-dated one that enters an earlier period's law), or
 * withdraws one that has not started. Both are audited in the same transaction, the reason included.
 */
@Service
public class DeadlinePolicyAdministration {

    private final DeadlinePolicyStore store;
    private final NewPolicyVersionRules newVersionRules;
    private final PolicyWithdrawalRules withdrawalRules;
    private final ApplicationEventPublisher audit;
    private final JsonMapper json;
    private final Clock clock;

    DeadlinePolicyAdministration(DeadlinePolicyStore store, NewPolicyVersionRules newVersionRules,
            PolicyWithdrawalRules withdrawalRules, ApplicationEventPublisher audit, JsonMapper json, Clock clock) {
        this.store = store;
        this.newVersionRules = newVersionRules;
        this.withdrawalRules = withdrawalRules;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Every version, newest first, with its status today. */
    @Transactional(readOnly = true)
    public List<PolicyVersionView> overview() {
        PolicyHistory history = store.history();
        LocalDate today = today();
        List<PolicyVersion> newestFirst = new ArrayList<>(history.versions());
        Collections.reverse(newestFirst);
        return newestFirst.stream()
                .map(v -> new PolicyVersionView(v.version(), v.validFrom(), v.electionType(),
                        history.statusOn(v, today), v.rules(), v.createdAt(), v.createdBy(), v.backdateReason(),
                        v.withdrawal()))
                .toList();
    }

    /** The version in force today: what a new version's form starts from. */
    @Transactional(readOnly = true)
    public PolicyVersion inForceToday() {
        return inForceToday(null);
    }

    /** The version in force today for cases of this election type ({@code null}: the one for every election). */
    @Transactional(readOnly = true)
    public PolicyVersion inForceToday(ElectionType type) {
        return store.history().inForceOn(type, today())
                .or(() -> store.history().inForceOn(today()))
                .orElseThrow(() -> new IllegalStateException("No deadline policy version is configured"));
    }

    /** What the rules object to in a proposed version, without adding it (the page shows it per field). */
    @Transactional(readOnly = true)
    public Decision check(NewPolicyVersion draft) {
        return newVersionRules.check(draft, store.history(), today());
    }

    /** Adds a version and answers its number; throws {@link PolicyRejectedException} with every objection. */
    @Transactional
    public int add(NewPolicyVersion draft, String actor) {
        PolicyHistory history = store.history();
        newVersionRules.check(draft, history, today()).orThrow();
        int version = history.nextVersionNumber();
        List<DeadlineRule> rules = draft.stages().stream()
                .map(s -> new DeadlineRule(s.stage(), s.amount(), s.unit(), s.source().strip(), s.basis())).toList();
        String backdateReason = draft.validFrom().isAfter(today()) || draft.backdateReason() == null ? null
                : draft.backdateReason().strip();
        try {
            store.insert(version, draft.validFrom(), draft.electionType(), rules, backdateReason, clock.instant(),
                    actor);
        } catch (DuplicateKeyException e) {
            // another administrator added a version (or one starting that day) a moment ago
            throw new ConflictException("case.policy.concurrent-change");
        }
        audit.publishEvent(new AuditEvent("deadline-policy.added", "deadline-policy", String.valueOf(version), actor,
                json.writeValueAsString(details(draft, backdateReason))));
        return version;
    }

    @Transactional
    public void withdraw(int versionNumber, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            Decision.reject("case.policy.withdraw.reason-required").orThrow();
        }
        PolicyHistory history = store.history();
        PolicyVersion version = history.find(versionNumber)
                .orElseThrow(() -> new NotFoundException("deadline policy version " + versionNumber));
        withdrawalRules.check(version, history, today()).orThrow();
        if (!store.withdraw(versionNumber, clock.instant(), actor, reason.strip())) {
            throw new ConflictException("case.policy.concurrent-change");
        }
        audit.publishEvent(new AuditEvent("deadline-policy.withdrawn", "deadline-policy", String.valueOf(versionNumber),
                actor, json.writeValueAsString(Map.of("validFrom", version.validFrom().toString(),
                        "reason", reason.strip()))));
    }

    private static Map<String, Object> details(NewPolicyVersion draft, String backdateReason) {
        Map<String, Object> stages = new LinkedHashMap<>();
        for (StageDraft stage : draft.stages()) {
            stages.put(stage.stage().name(), stage.amount() + " " + stage.unit().name() + " " + stage.basis().name());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("validFrom", draft.validFrom().toString());
        details.put("electionType", draft.electionType() == null ? "ALL" : draft.electionType().name());
        details.put("stages", stages);
        if (backdateReason != null) {
            details.put("backdateReason", backdateReason);
        }
        return details;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
