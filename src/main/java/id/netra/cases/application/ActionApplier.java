// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.ActionContext;
import id.netra.cases.domain.ActionRequest;
import id.netra.cases.domain.AppealOutcome;
import id.netra.cases.domain.HolderType;
import java.time.LocalDate;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.ControlAuthority;
import id.netra.cases.domain.DeadlineSchedule;
import id.netra.shared.Decision;
import id.netra.cases.domain.SanctionDecision;
import id.netra.cases.domain.Step;
import id.netra.cases.domain.policy.AppealPolicy;
import id.netra.cases.domain.policy.ControlAuthorityPolicy;
import id.netra.cases.domain.policy.ExaminingAuthorityPolicy;
import id.netra.cases.domain.policy.DecisionReasonPolicy;
import id.netra.cases.domain.policy.SanctionConsistencyPolicy;
import id.netra.reference.Agency;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.Sanction;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.SanctionLevel;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.ViolationCategories;
import id.netra.reference.ViolationCategory;
import java.util.List;
import id.netra.reference.ViolationForm;
import id.netra.shared.PolicyRejectedException;
import org.springframework.stereotype.Component;

/**
 * Turns a validated request into the aggregate's intention-named call, consulting the reference catalogues and the
 * action-specific policies first. Who may act was checked before; here only the content of the request is judged.
 */
@Component
class ActionApplier implements ActionContext {

    private final DeadlineSchedule schedule;
    private final ExaminingAuthorityPolicy examiners;
    private final SanctionConsistencyPolicy consistency;
    private final AppealPolicy appeals;
    private final ViolationCatalogue violations;
    private final SanctionCatalogue sanctions;
    private final AgencyDirectory agencies;
    private final ViolationCategories categories;
    private final ControlAuthorityPolicy controls = new ControlAuthorityPolicy();

    ActionApplier(DeadlineSchedule schedule, ExaminingAuthorityPolicy examiners, SanctionConsistencyPolicy consistency,
            AppealPolicy appeals, ViolationCatalogue violations, SanctionCatalogue sanctions,
            AgencyDirectory agencies, ViolationCategories categories) {
        this.categories = categories;
        this.schedule = schedule;
        this.examiners = examiners;
        this.consistency = consistency;
        this.appeals = appeals;
        this.violations = violations;
        this.sanctions = sanctions;
        this.agencies = agencies;
    }

    /** Dispatch is the request's own: each action's record says what it does ({@link ActionRequest#applyTo}). */
    void apply(Case c, ActionRequest request, Step step) {
        request.applyTo(c, step, this);
    }

    @Override
    public DeadlineSchedule schedule() {
        return schedule;
    }

    @Override
    public HolderType examinerOn(LocalDate day) {
        return examiners.examinerOn(day);
    }

    /** To KASN or BKN by the step's date, counted in the category the Bawaslu officer chose, if any. */
    @Override
    public void forward(Case c, ActionRequest.Forward request, Step step) {
        c.forward(step, examiners.examinerOn(step.day()), schedule);
        categorise(c, request.categoryCode(), step);
    }

    @Override
    public void reportToPresident(Case c, Step step) {
        controls.mayReportToPresident(c.supervisingAuthority()).orThrow();
        c.reportToPresident(step, ppkOf(c));
    }

    @Override
    public void appeal(Case c, ActionRequest.Appeal request, Step step) {
        appeals.mayAppeal(c, request.filedOn(), step.day()).orThrow();
        c.appeal(step, request.kind(), request.filedOn());
    }

    @Override
    public void verify(Case c, ActionRequest.Verify request, Step step) {
        resolveAgency(c, request.agencyCode());
        c.verify(step);
        categorise(c, request.categoryCode(), step);
    }

    /**
     * One category per case: the one asked for, if the violation form allows it; else the case keeps its category
     * while the form allows it, or gets the form's default.
     */
    private void categorise(Case c, String requested, Step step) {
        if (c.violationCode() == null) {
            return;
        }
        List<ViolationCategory> allowed = categories.containing(c.violationCode());
        if (requested != null && !requested.isBlank()) {
            String code = requested.strip();
            if (allowed.stream().noneMatch(category -> category.code().equals(code))) {
                Decision.reject("case.category.not-allowed", code, c.violationCode()).orThrow();
            }
            c.categorise(code, step);
        } else if (allowed.stream().noneMatch(category -> category.code().equals(c.categoryCode()))) {
            categories.defaultFor(c.violationCode()).ifPresent(category -> c.categorise(category.code(), step));
        }
    }

    @Override
    public void recommend(Case c, ActionRequest.Recommend request, Step step) {
        resolveAgency(c, request.agencyCode());
        String code = request.violationCode() != null ? request.violationCode() : c.violationCode();
        if (code == null) {
            Decision.reject("case.recommend.violation-required").orThrow();
        }
        ViolationForm form = violations.find(code)
                .orElseThrow(() -> rejected("case.recommend.violation-unknown", code));
        c.recommend(step, code, form.mappedLevel(), schedule);
        categorise(c, request.categoryCode(), step);
    }

    @Override
    public void decide(Case c, ActionRequest.Decide request, Step step) {
        var result = consistency.check(request.sanctionCode(), sanctions.find(request.sanctionCode()),
                request.decreeDate(), step.day(), context(c), request.justification());
        Decision.all(DecisionReasonPolicy.stated(request.reason()), result.check()).orThrow();
        Sanction sanction = sanctions.find(request.sanctionCode()).orElseThrow();
        String justification = request.justification() == null || request.justification().isBlank() ? null
                : request.justification().strip();
        c.decide(step.withDocument(request.decreeNumber()), new SanctionDecision(sanction.code(), sanction.level(),
                request.decreeNumber(), request.decreeDate(), result.lighterThanMapped(),
                result.lighterThanMapped() ? justification : null, result.outsideCatalogue(),
                result.skbMappingApplicable()));
    }

    /** What a decision on this case is judged against: the incident date and the proven violation's mapping. */
    private SanctionConsistencyPolicy.Context context(Case c) {
        var form = c.violationCode() == null ? java.util.Optional.<ViolationForm>empty()
                : violations.find(c.violationCode());
        SanctionLevel mapped = c.proposedLevel() != null ? c.proposedLevel()
                : form.map(ViolationForm::mappedLevel).orElse(null);
        var employment = c.person().employment();
        return new SanctionConsistencyPolicy.Context(c.occurredOn(), mapped,
                form.map(ViolationForm::levelUncertain).orElse(false),
                employment == null ? null : employment.asReference());
    }

    /** A decree may not be dated after the day it is recorded (the step may be back-dated, the decree with it). */
    private static java.time.LocalDate today(Step step) {
        return step.recordedOn();
    }

    @Override
    public void decideAppeal(Case c, ActionRequest.DecideAppeal request, Step step) {
        appeals.mayDecide(c, request.decidedOn(), step.day()).orThrow();
        SanctionDecision amended = null;
        if (request.outcome() == AppealOutcome.AMENDED) {
            if (request.sanctionCode() == null || request.sanctionCode().isBlank()) {
                Decision.reject("case.appeal.sanction-required").orThrow();
            }
            // the appeal body's decision is itself the written reason for a lighter sanction
            String because = "Putusan " + c.appeal().kind() + " nomor " + request.decisionNumber();
            var result = consistency.check(request.sanctionCode(), sanctions.find(request.sanctionCode()),
                    request.decidedOn(), step.day(), context(c), because);
            result.check().orThrow();
            Sanction sanction = sanctions.find(request.sanctionCode()).orElseThrow();
            amended = new SanctionDecision(sanction.code(), sanction.level(), request.decisionNumber(),
                    request.decidedOn(), result.lighterThanMapped(), result.lighterThanMapped() ? because : null,
                    result.outsideCatalogue(), result.skbMappingApplicable());
        }
        c.decideAppeal(step.withDocument(request.decisionNumber()), request.outcome(), request.decisionNumber(),
                request.decidedOn(), amended);
    }

    @Override
    public void reprimand(Case c, ActionRequest.Reprimand request, Step step) {
        ControlAuthority issuer = request.issuedBy() == null ? ControlAuthority.BKN : request.issuedBy();
        var type = c.person().agencyCode() == null ? null
                : agencies.find(c.person().agencyCode()).map(Agency::type).orElse(null);
        controls.mayReprimand(issuer, type).orThrow();
        c.reprimand(step, issuer, ppkOf(c), schedule);
    }

    /** The PPK as the timeline names them: the title and the agency, e.g. "Bupati Pemerintah Kabupaten ...". */
    private String ppkOf(Case c) {
        String code = c.person().agencyCode();
        return (code == null ? java.util.Optional.<Agency>empty() : agencies.find(code))
                .map(agency -> agency.ppkTitle() + " " + agency.name())
                .orElse("PPK " + (c.person().agencyName() != null ? c.person().agencyName() : "instansi terlapor"));
    }

    private void resolveAgency(Case c, String agencyCode) {
        if (agencyCode == null || agencyCode.isBlank()) {
            return;
        }
        // the verifier picks the agency by name ("Pemerintah Kabupaten Pandeglang", "Pemkab Pandeglang") or code
        Agency agency = agencies.find(agencyCode.strip()).or(() -> agencies.matchName(agencyCode))
                .orElseThrow(() -> rejected("case.agency-unknown", agencyCode));
        c.resolveAgency(agency.code(), agency.name());
    }

    private static PolicyRejectedException rejected(String messageKey, Object... args) {
        return new PolicyRejectedException((Decision.Rejected) Decision.reject(messageKey, args));
    }
}
