// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases;

import id.netra.cases.deadline.DeadlinePolicy;
import id.netra.cases.deadline.DeadlineRule;
import id.netra.cases.deadline.PolicyDeadlineSchedule;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import id.netra.cases.domain.HolderType;
import id.netra.cases.domain.NewCase;
import id.netra.cases.domain.ReportedPerson;
import id.netra.cases.domain.SanctionDecision;
import id.netra.cases.domain.Step;
import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import id.netra.reference.SanctionLevel;
import id.netra.testing.TestUsers;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** Intention-named cases and users for the plain unit tests. */
public final class CaseFixtures {

    public static final String PANDEGLANG = "36.01";
    public static final String PANDEGLANG_GOVERNMENT = "PEMKAB-36.01";

    private CaseFixtures() {
    }

    /** The seeded defaults: Bawaslu 3 WD, Satgas 7 days, PPK 14 WD, reprimand 3 days. */
    public static DeadlinePolicy defaultPolicy() {
        return DeadlinePolicy.of(1, LocalDate.of(2019, 1, 1), List.of(
                new DeadlineRule(DeadlineStage.BAWASLU_REVIEW, 3, DeadlineUnit.WORKING_DAYS, "test"),
                new DeadlineRule(DeadlineStage.SATGAS_VERIFICATION, 7, DeadlineUnit.CALENDAR_DAYS, "test"),
                new DeadlineRule(DeadlineStage.PPK_FOLLOW_UP, 14, DeadlineUnit.WORKING_DAYS, "test"),
                new DeadlineRule(DeadlineStage.REPRIMAND_COMPLIANCE, 3, DeadlineUnit.CALENDAR_DAYS, "test")));
    }

    public static PolicyDeadlineSchedule schedule() {
        return new PolicyDeadlineSchedule(List.of(defaultPolicy()), new WeekendCalendar());
    }

    public static Step stepOn(LocalDate day, String actor) {
        return Step.of(actor, ZonedDateTime.of(day, LocalTime.of(10, 0), id.netra.shared.TimeConfiguration.WIB)
                .toInstant(), "alasan uji");
    }

    public static Case receivedCase(String regionCode, String agencyCode, LocalDate on) {
        ReportedPerson person = new ReportedPerson(UUID.randomUUID(), "Budi Santoso", "198501012010011001",
                agencyCode, "Pemerintah Kabupaten Pandeglang", "FUNGSIONAL", "Guru");
        NewCase opening = new NewCase(UUID.randomUUID(), "PILKADA-2024", regionCode, "DS-2", on.minusDays(2),
                "PUBLIC_WEB", person);
        return Case.open(opening, stepOn(on, Step.SYSTEM), schedule());
    }

    public static Case pandeglangCase(LocalDate on) {
        return receivedCase(PANDEGLANG, PANDEGLANG_GOVERNMENT, on);
    }

    public static Case recommendedCase(LocalDate on) {
        Case c = pandeglangCase(on);
        c.forward(stepOn(on, "bawaslu-officer"), HolderType.BKN, schedule());
        c.verify(stepOn(on, "satgas-verifier"));
        c.recommend(stepOn(on, "satgas-verifier"), "DS-2", SanctionLevel.HEAVY, schedule());
        return c;
    }

    public static SanctionDecision heavyDecision(LocalDate on) {
        return new SanctionDecision("PP94-2021/BERAT-1", SanctionLevel.HEAVY, "800/12/BKPSDM/2024", on, false, null);
    }

    public static CurrentUser user(Role role, String agencyCode, String regionCode) {
        return TestUsers.demo(role).agency(agencyCode).region(regionCode).currentUser();
    }

    public static CurrentUser bawasluBanten() {
        return user(Role.BAWASLU_OFFICER, null, "36");
    }

    public static CurrentUser ppkPandeglang() {
        return user(Role.PPK_OFFICER, PANDEGLANG_GOVERNMENT, PANDEGLANG);
    }
}
