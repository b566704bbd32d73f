// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.AppealOutcome;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.DeadlineSchedule;
import id.netra.cases.domain.RuleCheck;
import id.netra.cases.domain.SanctionDecision;
import id.netra.cases.domain.Step;
import id.netra.cases.domain.policy.AppealPolicy;
import id.netra.cases.domain.policy.ExaminingAuthorityPolicy;
import id.netra.cases.domain.policy.SanctionConsistencyPolicy;
import id.netra.reference.Agency;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.Sanction;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.ViolationForm;
import id.netra.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a validated request into the aggregate's intention-named call, consulting the reference catalogues and the
 * action-specific policies first. Who may act was checked before; here only the content of the request is judged.
 */
@Component
class ActionApplier {

    private final DeadlineSchedule schedule;
    private final ExaminingAuthorityPolicy examiners;
    private final SanctionConsistencyPolicy consistency;
    private final AppealPolicy appeals;
    private final ViolationCatalogue violations;
    private final SanctionCatalogue sanctions;
    private final AgencyDirectory agencies;

    ActionApplier(DeadlineSchedule schedule, ExaminingAuthorityPolicy examiners, SanctionConsistencyPolicy consistency,
            AppealPolicy appeals, ViolationCatalogue violations, SanctionCatalogue sanctions,
            AgencyDirectory agencies) {
        this.schedule = schedule;
        this.examiners = examiners;
        this.consistency = consistency;
        this.appeals = appeals;
        this.violations = violations;
        this.sanctions = sanctions;
        this.agencies = agencies;
    }

    void apply(Case c, ActionRequest request, Step step) {
        switch (request.action()) {
            case FORWARD -> c.forward(step, examiners.examinerOn(step.day()), schedule);
            case STOP -> c.stop(step);
            case NOT_REGISTERED -> c.notRegistered(step);
            case VERIFY -> verify(c, (ActionRequest.Verify) request, step);
            case RECOMMEND -> recommend(c, (ActionRequest.Recommend) request, step);
            case NOT_PROVEN -> c.notProven(step);
            case DECIDE -> decide(c, (ActionRequest.Decide) request, step);
            case REPRIMAND -> c.reprimand(step, schedule);
            case BLOCK -> c.block(step);
            case UNBLOCK -> c.unblock(withDocument(step, ((ActionRequest.Unblock) request).followUpReference()),
                    schedule);
            case CANCEL -> c.cancel(step);
            case REJECT -> c.reject(step);
            case LEFT_SERVICE -> {
                ActionRequest.LeftService left = (ActionRequest.LeftService) request;
                c.leftService(step, left.kind(), left.effectiveOn());
            }
            case APPEAL -> {
                ActionRequest.Appeal appeal = (ActionRequest.Appeal) request;
                appeals.mayAppeal(c, appeal.filedOn(), step.day()).orThrow();
                c.appeal(step, appeal.kind(), appeal.filedOn());
            }
            case DECIDE_APPEAL -> decideAppeal(c, (ActionRequest.DecideAppeal) request, step);
            default -> throw new IllegalArgumentException("Not a user action: " + request.action());
        }
    }

    private void verify(Case c, ActionRequest.Verify request, Step step) {
        resolveAgency(c, request.agencyCode());
        c.verify(step);
    }

    private void recommend(Case c, ActionRequest.Recommend request, Step step) {
        resolveAgency(c, request.agencyCode());
        String code = request.violationCode() != null ? request.violationCode() : c.violationCode();
        if (code == null) {
            RuleCheck.reject("case.recommend.violation-required").orThrow();
        }
        ViolationForm form = violations.find(code)
                .orElseThrow(() -> new RuleViolationException("case.recommend.violation-unknown", code));
        c.recommend(step, code, form.mappedLevel(), schedule);
    }

    private void decide(Case c, ActionRequest.Decide request, Step step) {
        var result = consistency.check(request.sanctionCode(), sanctions.find(request.sanctionCode()),
                request.decreeDate(), step.day(), c.proposedLevel(), request.justification());
        result.check().orThrow();
        Sanction sanction = sanctions.find(request.sanctionCode()).orElseThrow();
        c.decide(withDocument(step, request.decreeNumber()), new SanctionDecision(sanction.code(), sanction.level(),
                request.decreeNumber(), request.decreeDate(), result.lighterThanMapped(),
                result.lighterThanMapped() ? request.justification().strip() : null));
    }

    private void decideAppeal(Case c, ActionRequest.DecideAppeal request, Step step) {
        appeals.mayDecide(c, request.decidedOn(), step.day()).orThrow();
        SanctionDecision amended = null;
        if (request.outcome() == AppealOutcome.AMENDED) {
            if (request.sanctionCode() == null || request.sanctionCode().isBlank()) {
                RuleCheck.reject("case.appeal.sanction-required").orThrow();
            }
            // the appeal body's decision is itself the written reason for a lighter sanction
            String because = "Putusan " + c.appeal().kind() + " nomor " + request.decisionNumber();
            var result = consistency.check(request.sanctionCode(), sanctions.find(request.sanctionCode()),
                    request.decidedOn(), step.day(), c.proposedLevel(), because);
            result.check().orThrow();
            Sanction sanction = sanctions.find(request.sanctionCode()).orElseThrow();
            amended = new SanctionDecision(sanction.code(), sanction.level(), request.decisionNumber(),
                    request.decidedOn(), result.lighterThanMapped(), result.lighterThanMapped() ? because : null);
        }
        c.decideAppeal(withDocument(step, request.decisionNumber()), request.outcome(), request.decisionNumber(),
                request.decidedOn(), amended);
    }

    private void resolveAgency(Case c, String agencyCode) {
        if (agencyCode == null || agencyCode.isBlank()) {
            return;
        }
        Agency agency = agencies.find(agencyCode)
                .orElseThrow(() -> new RuleViolationException("case.agency-unknown", agencyCode));
        c.resolveAgency(agency.code(), agency.name());
    }

    private static Step withDocument(Step step, String reference) {
        List<String> documents = new ArrayList<>(step.documentRefs());
        documents.add(reference);
        return new Step(step.actor(), step.at(), step.reason(), documents);
    }
}
