// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import static id.netra.cases.CaseFixtures.defaultPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.cases.WeekendCalendar;
import id.netra.cases.domain.Deadline;
import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDeadlineScheduleTests {

    // Independence Day 2024 fell on a Saturday; use a made-up weekday holiday to see it skipped
    private static final LocalDate HOLIDAY = LocalDate.of(2024, 10, 7);

    private final WeekendCalendar calendar = new WeekendCalendar(HOLIDAY);

    @Test
    void workingDayClock_skipsWeekendsAndHolidays() {
        PolicyDeadlineSchedule schedule = new PolicyDeadlineSchedule(List.of(defaultPolicy()), calendar);

        // Thu 3 Oct + 3 working days: Fri 4, (weekend), (holiday Mon 7), Tue 8, Wed 9
        assertThat(schedule.due(DeadlineStage.BAWASLU_REVIEW, LocalDate.of(2024, 10, 3)))
                .isEqualTo(new Deadline(DeadlineStage.BAWASLU_REVIEW, LocalDate.of(2024, 10, 9),
                        DeadlineUnit.WORKING_DAYS));
    }

    @Test
    void calendarDayClock_countsEveryDay() {
        PolicyDeadlineSchedule schedule = new PolicyDeadlineSchedule(List.of(defaultPolicy()), calendar);

        assertThat(schedule.due(DeadlineStage.REPRIMAND_COMPLIANCE, LocalDate.of(2024, 10, 4)).due())
                .isEqualTo(LocalDate.of(2024, 10, 7));
    }

    @Test
    void newPolicyVersion_appliesOnlyToClocksStartedFromItsValidFromDate() {
        DeadlinePolicy shorter = DeadlinePolicy.of(2, LocalDate.of(2025, 1, 1), List.of(
                new DeadlineRule(DeadlineStage.BAWASLU_REVIEW, 3, DeadlineUnit.WORKING_DAYS, "v2"),
                new DeadlineRule(DeadlineStage.SATGAS_VERIFICATION, 7, DeadlineUnit.CALENDAR_DAYS, "v2"),
                new DeadlineRule(DeadlineStage.PPK_FOLLOW_UP, 10, DeadlineUnit.WORKING_DAYS, "v2"),
                new DeadlineRule(DeadlineStage.REPRIMAND_COMPLIANCE, 3, DeadlineUnit.CALENDAR_DAYS, "v2")));
        PolicyDeadlineSchedule schedule = new PolicyDeadlineSchedule(List.of(shorter, defaultPolicy()), calendar);

        assertThat(schedule.inForceOn(LocalDate.of(2024, 12, 31)).version()).isEqualTo(1);
        assertThat(schedule.inForceOn(LocalDate.of(2025, 1, 1)).version()).isEqualTo(2);
        // Mon 6 Jan 2025 + 10 working days = Mon 20 Jan
        assertThat(schedule.due(DeadlineStage.PPK_FOLLOW_UP, LocalDate.of(2025, 1, 6)).due())
                .isEqualTo(LocalDate.of(2025, 1, 20));
    }

    @Test
    void policyVersionMissingAStage_isRefused() {
        assertThatThrownBy(() -> DeadlinePolicy.of(3, LocalDate.of(2025, 1, 1), List.of(
                new DeadlineRule(DeadlineStage.BAWASLU_REVIEW, 3, DeadlineUnit.WORKING_DAYS, "v3"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysLeft_countInTheDeadlinesUnitAndTurnNegativeWhenLate() {
        DaysLeft daysLeft = new DaysLeft(calendar);
        Deadline working = new Deadline(DeadlineStage.PPK_FOLLOW_UP, LocalDate.of(2024, 10, 9),
                DeadlineUnit.WORKING_DAYS);
        Deadline calendarDays = new Deadline(DeadlineStage.REPRIMAND_COMPLIANCE, LocalDate.of(2024, 10, 9),
                DeadlineUnit.CALENDAR_DAYS);

        assertThat(daysLeft.until(working, LocalDate.of(2024, 10, 4))).isEqualTo(2);
        assertThat(daysLeft.until(working, LocalDate.of(2024, 10, 9))).isZero();
        assertThat(daysLeft.until(working, LocalDate.of(2024, 10, 11))).isEqualTo(-2);
        assertThat(daysLeft.until(calendarDays, LocalDate.of(2024, 10, 4))).isEqualTo(5);
        assertThat(daysLeft.until(calendarDays, LocalDate.of(2024, 10, 12))).isEqualTo(-3);
    }
}
