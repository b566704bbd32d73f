// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.Deadline;
import id.netra.cases.domain.DeadlineSchedule;
import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.ElectionType;
import java.time.LocalDate;
import id.netra.reference.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain deadline classes to the policy table and the reference module's working-day calendar. */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    DeadlineSchedule deadlineSchedule(DeadlinePolicyStore store, WorkingDayCalendar calendar) {
        // the table is read on every computation, so a version added by an administrator applies at once
        return new DeadlineSchedule() {
            @Override
            public Deadline due(ElectionType type, DeadlineStage stage, LocalDate start) {
                return schedule().due(type, stage, start);
            }

            @Override
            public int daysLeftOn(Deadline deadline, LocalDate day) {
                return schedule().daysLeftOn(deadline, day);
            }

            @Override
            public Deadline resumedOn(Deadline paused, int daysLeft, LocalDate day) {
                return schedule().resumedOn(paused, daysLeft, day);
            }

            private PolicyDeadlineSchedule schedule() {
                return new PolicyDeadlineSchedule(store.versions(), calendar);
            }
        };
    }

    @Bean
    NewPolicyVersionRules newPolicyVersionRules() {
        return new NewPolicyVersionRules();
    }

    @Bean
    PolicyWithdrawalRules policyWithdrawalRules() {
        return new PolicyWithdrawalRules();
    }

    @Bean
    DaysLeft daysLeft(WorkingDayCalendar calendar) {
        return new DaysLeft(calendar);
    }
}
