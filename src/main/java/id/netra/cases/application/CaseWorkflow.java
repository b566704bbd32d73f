// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.ActionRequest;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.Step;
import id.netra.cases.domain.policy.CaseActionGuard;
import id.netra.cases.persistence.CaseRepository;
import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.shared.ConflictException;
import id.netra.cases.domain.policy.EffectiveDatePolicy;
import id.netra.shared.TimeConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Performs a user's action on a case: 404 if the case is not visible to them, 409 if they acted on a stale version,
 * 422 with the reason if the state, their role or their scope does not allow it, else the transition, recorded
 * in the timeline, the audit trail and as an event, all in one transaction.
 */
@Service
public class CaseWorkflow {

    private final CurrentUserProvider users;
    private final CaseAccess access;
    private final CaseActionGuard guard;
    private final ActionApplier applier;
    private final CaseRepository cases;
    private final CaseChangeRecorder recorder;
    private final Clock clock;
    private final EffectiveDatePolicy effectiveDates = new EffectiveDatePolicy();

    CaseWorkflow(CurrentUserProvider users, CaseAccess access, CaseActionGuard guard, ActionApplier applier,
            CaseRepository cases, CaseChangeRecorder recorder, Clock clock) {
        this.users = users;
        this.access = access;
        this.guard = guard;
        this.applier = applier;
        this.cases = cases;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Transactional
    public long perform(long caseId, ActionRequest request) {
        CurrentUser user = users.require();
        Case caseFile = access.visibleCase(user, caseId);
        if (request.version() != null && request.version() != caseFile.version()) {
            throw new ConflictException("case.stale-version");
        }
        guard.check(user, caseFile, request.action()).orThrow();
        Instant now = clock.instant();
        effectiveDates.check(request.effectiveDate(), caseFile.lastStepDay(), LocalDate.ofInstant(now,
                TimeConfiguration.WIB)).orThrow();
        Step step = new Step(user.username(), now, blankToNull(request.reason()), request.documents(),
                request.effectiveDate());
        applier.apply(caseFile, request, step);
        // flush now so that a concurrent change surfaces here as an optimistic-locking conflict (409)
        cases.saveAndFlush(caseFile);
        recorder.recordLatest(caseFile);
        return caseFile.id();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
