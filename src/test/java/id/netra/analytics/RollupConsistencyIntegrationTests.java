// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics;

import static id.netra.cases.support.TestCases.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import id.netra.analytics.rollup.RollupCube;
import id.netra.analytics.rollup.RollupRecount;
import id.netra.analytics.rollup.RollupRecountJob;
import id.netra.cases.domain.ActionRequest;
import id.netra.cases.domain.CaseState;
import id.netra.cases.domain.OutcomeReason;
import id.netra.cases.domain.PersonEmployment;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import id.netra.reference.PositionClass;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rollups equal a full recount after random case changes through the real workflow (opening, the main line,
 * stops, rejections, corrections of the person), every small rollup equals the fine one grouped by its columns, and
 * the nightly job repairs drift made behind their back (in the fine and the small rollups).
 */
@CasesIntegrationTest
class RollupConsistencyIntegrationTests {

    private static final List<String> REGENCIES = List.of("74.01", "74.02", "74.03");
    private static final List<CaseState> TARGETS = List.of(CaseState.RECEIVED, CaseState.FORWARDED,
            CaseState.UNDER_VERIFICATION, CaseState.RECOMMENDED, CaseState.SANCTIONED);

    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;
    @Autowired
    RollupRecount recount;
    @Autowired
    RollupRecountJob job;
    @Autowired
    JdbcClient jdbc;

    @Test
    void randomChanges_leaveTheRollupsEqualToAFullRecount() {
        // other test classes may have written cases with plain SQL; start from a consistent state
        recount.repair();
        Random random = new Random(20261207);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            clock.setDay(LocalDate.of(2024, 9, 1).plusDays(random.nextInt(60)));
            String regency = REGENCIES.get(random.nextInt(REGENCIES.size()));
            ids.add(cases.caseIn(TARGETS.get(random.nextInt(TARGETS.size())), regency,
                    "PEMKAB-" + regency, clock.instant()));
        }
        for (int i = 0; i < 40; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            tryAction(id, switch (random.nextInt(4)) {
                case 0 -> new ActionRequest.CorrectPerson(null,
                        PositionClass.values()[random.nextInt(PositionClass.values().length)],
                        PersonEmployment.values()[random.nextInt(PersonEmployment.values().length)],
                        random.nextBoolean(), null, "Koreksi uji", List.of(), null);
                case 1 -> new ActionRequest.Stop(null, OutcomeReason.REQUIREMENTS_NOT_MET, "Syarat tidak lengkap",
                        List.of(), null);
                case 2 -> new ActionRequest.Forward(null, null, List.of(), null);
                default -> new ActionRequest.Reject(null, OutcomeReason.INSUFFICIENT_EVIDENCE, "Bukti kurang",
                        List.of(), null);
            });
        }

        RollupRecount.Result result = recount.check();

        assertThat(result.consistent()).as("%s", result).isTrue();
        assertThat(sumOfCells()).isEqualTo(countOfCases());
        everySmallRollupEqualsTheFineOneGrouped();
        long decided = jdbc.sql("select count(*) from cases.case_file where decided_on is not null"
                + " and region_code like '74.%'").query(Long.class).single();
        assertThat(jdbc.sql("select coalesce(sum(cases), 0) from analytics.case_rollup where funnel = 3"
                + " and province_code = '74'").query(Long.class).single()).isEqualTo(decided);
    }

    @Test
    void theNightlyJob_repairsDrift() {
        clock.setDay(LocalDate.of(2024, 9, 10));
        long id = cases.caseIn(CaseState.FORWARDED, "74.04", "PEMKAB-74.04", clock.instant());
        job.runNow();
        jdbc.sql("update analytics.case_rollup set cases = cases + 7 where province_code = '74'").update();
        jdbc.sql("delete from analytics.case_rollup_member where case_id = ?").param(id).update();
        jdbc.sql("update analytics.case_rollup_cube set cases = cases + 3 where province_code = '74'").update();
        jdbc.sql("delete from analytics.case_rollup_cube where grain = ?").param(RollupCube.GRAINS.get(1).id())
                .update();
        assertThat(recount.check().consistent()).isFalse();

        RollupRecount.Result repaired = job.runNow().orElseThrow();

        assertThat(repaired.driftedCells()).isPositive();
        assertThat(repaired.driftedMembers()).isEqualTo(1);
        assertThat(repaired.driftedCubeRows()).isPositive();
        assertThat(recount.check().consistent()).isTrue();
        assertThat(sumOfCells()).isEqualTo(countOfCases());
        everySmallRollupEqualsTheFineOneGrouped();
    }

    /**
     * Independently of the recount's own projection: each small rollup's rows are exactly the fine rollup grouped by
     * that rollup's columns (non-zero sums), and each adds up to the number of cases.
     */
    private void everySmallRollupEqualsTheFineOneGrouped() {
        long cases = countOfCases();
        for (RollupCube.Grain grain : RollupCube.GRAINS) {
            String columns = String.join(", ", grain.columns().stream().sorted().toList());
            List<String> expected = jdbc.sql("select " + columns + ", sum(cases) from analytics.case_rollup"
                    + " group by " + columns + " having sum(cases) <> 0").query(RollupConsistencyIntegrationTests::row)
                    .list();
            List<String> actual = jdbc.sql("select " + columns + ", sum(cases) from analytics.case_rollup_cube"
                    + " where grain = ? group by " + columns + " having sum(cases) <> 0")
                    .param(grain.id()).query(RollupConsistencyIntegrationTests::row).list();
            assertThat(actual).as("grain %s", grain).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(jdbc.sql("select coalesce(sum(cases), 0) from analytics.case_rollup_cube where grain = ?")
                    .param(grain.id()).query(Long.class).single()).as("grain %s", grain).isEqualTo(cases);
        }
    }

    private static String row(ResultSet rs, int rowNumber) throws SQLException {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.append(rs.getString(i)).append('|');
        }
        return row.toString();
    }

    private void tryAction(long id, ActionRequest request) {
        try {
            cases.perform(ADMIN, id, request);
        } catch (RuntimeException notAllowedFromThisState) {
            // a random action is often not allowed where the case stands; the case is then unchanged
        }
    }

    private long sumOfCells() {
        return jdbc.sql("select coalesce(sum(cases), 0) from analytics.case_rollup").query(Long.class).single();
    }

    private long countOfCases() {
        return jdbc.sql("select count(*) from cases.case_file").query(Long.class).single();
    }
}
