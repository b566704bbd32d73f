// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.DeadlineSchedule;
import id.netra.reference.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain deadline classes to the policy table and the reference module's working-day calendar. */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    DeadlineSchedule deadlineSchedule(DeadlinePolicyStore store, WorkingDayCalendar calendar) {
        return (type, stage, start) -> new PolicyDeadlineSchedule(store.versions(), calendar).due(type, stage, start);
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
