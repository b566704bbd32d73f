// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import static id.netra.cases.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** While a case waits for information its clock stands still; afterwards it runs on with the days it had left. */
class NeedsInfoPauseTests {

    // Tuesday 1 Oct 2024: the Bawaslu study (3 working days) ends Friday 4 Oct
    private static final LocalDate TUE = LocalDate.of(2024, 10, 1);

    @Test
    void theRemainingWorkingDays_resumeWhenTheInformationIsComplete() {
        Case c = pandeglangCase(TUE);
        assertThat(c.deadline().due()).isEqualTo(LocalDate.of(2024, 10, 4));

        c.askInfo(stepOn(LocalDate.of(2024, 10, 2), "bawaslu-officer"), schedule());
        assertThat(c.deadline()).as("nobody is late while the information is awaited").isNull();
        assertThat(c.pausedDaysLeft()).isEqualTo(2);

        c.infoComplete(stepOn(LocalDate.of(2024, 10, 14), "bawaslu-officer"), schedule());
        assertThat(c.state()).isEqualTo(CaseState.RECEIVED);
        assertThat(c.deadline().due()).as("Monday 14 Oct + 2 working days").isEqualTo(LocalDate.of(2024, 10, 16));
        assertThat(c.deadline().unit()).isEqualTo(DeadlineUnit.WORKING_DAYS);
        assertThat(c.pausedDaysLeft()).isNull();
    }

    @Test
    void aClockAlreadyLateWhenPaused_staysLate() {
        Case c = pandeglangCase(TUE);

        c.askInfo(stepOn(LocalDate.of(2024, 10, 8), "bawaslu-officer"), schedule());
        c.infoComplete(stepOn(LocalDate.of(2024, 10, 14), "bawaslu-officer"), schedule());

        assertThat(c.deadline().due()).isEqualTo(LocalDate.of(2024, 10, 4));
    }
}
