// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.deadline.DeadlineRule;
import id.netra.cases.deadline.NewPolicyVersion;
import id.netra.cases.deadline.PolicyVersion;
import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import id.netra.cases.domain.ElectionType;
import id.netra.cases.domain.RuleBasis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The "new deadline policy version" form: a start date and, per stage, the length, its unit and its basis. The
 * rules ({@code NewPolicyVersionRules}) validate it, so the page and the API refuse the same things.
 */
public class DeadlinePolicyForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    private ElectionType electionType;

    private String backdateReason;

    private List<StageForm> stages = new ArrayList<>();

    /** Starts from the version in force, so an administrator changes only the figure that changes. */
    static DeadlinePolicyForm prefilledFrom(PolicyVersion current) {
        DeadlinePolicyForm form = new DeadlinePolicyForm();
        form.electionType = current.electionType();
        for (DeadlineRule rule : current.rules()) {
            StageForm stage = new StageForm();
            stage.setStage(rule.stage());
            stage.setAmount(rule.amount());
            stage.setUnit(rule.unit());
            stage.setSource(rule.source());
            stage.setBasis(rule.basis());
            form.stages.add(stage);
        }
        return form;
    }

    NewPolicyVersion toDraft() {
        return new NewPolicyVersion(validFrom, electionType, backdateReason, stages.stream()
                .map(s -> new NewPolicyVersion.StageDraft(s.getStage(), s.getAmount(), s.getUnit(), s.getSource(),
                        s.getBasis()))
                .toList());
    }

    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public ElectionType getElectionType() { return electionType; }
    public void setElectionType(ElectionType electionType) { this.electionType = electionType; }
    public String getBackdateReason() { return backdateReason; }
    public void setBackdateReason(String backdateReason) { this.backdateReason = backdateReason; }
    public List<StageForm> getStages() { return stages; }
    public void setStages(List<StageForm> stages) { this.stages = stages; }

    /** One stage's row of the form. */
    public static class StageForm {

        private DeadlineStage stage;
        private Integer amount;
        private DeadlineUnit unit;
        private String source;
        private RuleBasis basis = RuleBasis.DEFAULT;

        public DeadlineStage getStage() { return stage; }
        public void setStage(DeadlineStage stage) { this.stage = stage; }
        public Integer getAmount() { return amount; }
        public void setAmount(Integer amount) { this.amount = amount; }
        public DeadlineUnit getUnit() { return unit; }
        public void setUnit(DeadlineUnit unit) { this.unit = unit; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public RuleBasis getBasis() { return basis; }
        public void setBasis(RuleBasis basis) { this.basis = basis; }
    }
}
