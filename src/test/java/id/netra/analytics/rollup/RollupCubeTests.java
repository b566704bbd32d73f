// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RollupCubeTests {

    private static final RollupKey KEY = new RollupKey("PILKADA-2024", LocalDate.of(2024, 9, 2), "CAMPAIGN", "36",
            "36.01", "PEMKAB-36.01", "MEDSOS", "F01", "FUNGSIONAL", false, "PNS", 3, "MEDIUM", "SANCTIONED", 12,
            true);

    @Test
    void aPanelWithoutFilter_readsTheElectionAndItsGroupingOnly() {
        assertThat(RollupCube.smallestWith(Set.of("category_code")).orElseThrow().columns())
                .containsExactlyInAnyOrder("election_code", "category_code");
    }

    @Test
    void aPositionFilter_readsTheGrainWithPositionRatherThanTheOneWithProvince() {
        assertThat(RollupCube.smallestWith(Set.of("election_code", "position_class", "outcome")).orElseThrow()
                .columns()).containsExactlyInAnyOrder("election_code", "position_class", "outcome");
    }

    @Test
    void provinceWithPositionAndCategory_stillHasASmallRollup() {
        assertThat(RollupCube.smallestWith(Set.of("province_code", "position_class", "category_code", "week")))
                .isPresent();
    }

    @Test
    void agencyRegencyOrEmploymentFilters_goToTheFineRollup() {
        assertThat(RollupCube.smallestWith(Set.of("agency_code", "category_code"))).isEmpty();
        assertThat(RollupCube.smallestWith(Set.of("region_code", "outcome"))).isEmpty();
        assertThat(RollupCube.smallestWith(Set.of("employment_type", "funnel"))).isEmpty();
    }

    @Test
    void theRegencyAndAgencyPanels_keepTheProvinceForItsFilter() {
        assertThat(RollupCube.smallestWith(Set.of("province_code", "region_code"))).isPresent();
        assertThat(RollupCube.smallestWith(Set.of("election_code", "province_code", "agency_code"))).isPresent();
    }

    @Test
    void projection_keepsTheGrainsColumnsAndNullsTheRest() {
        RollupCube.Grain grain = RollupCube.smallestWith(Set.of("funnel", "decision_days", "province_code"))
                .orElseThrow();
        List<Object> row = RollupCube.project(KEY, grain);
        assertThat(row.get(0)).isEqualTo(grain.id());
        for (int i = 0; i < RollupCube.COLUMNS.size(); i++) {
            String column = RollupCube.COLUMNS.get(i);
            Object expected = switch (column) {
                case "election_code" -> "PILKADA-2024";
                case "province_code" -> "36";
                case "funnel" -> 3;
                case "decision_days" -> 12;
                default -> null;
            };
            assertThat(row.get(i + 1)).as(column).isEqualTo(expected);
        }
    }

    @Test
    void spread_countsACaseOnceInEveryGrain_andAMoveCancelsOut() {
        Map<List<Object>, Integer> rows = new HashMap<>();
        RollupCube.spread(KEY, 1, rows);
        assertThat(rows).hasSize(RollupCube.GRAINS.size()).allSatisfy((row, count) -> assertThat(count).isOne());
        RollupCube.spread(KEY, -1, rows);
        assertThat(rows.values()).containsOnly(0);
    }

    @Test
    void grainIds_areDistinctAndColumnSetsToo() {
        assertThat(RollupCube.GRAINS.stream().map(RollupCube.Grain::id).distinct()).hasSize(RollupCube.GRAINS.size());
        assertThat(RollupCube.GRAINS.stream().map(RollupCube.Grain::columns).distinct())
                .hasSize(RollupCube.GRAINS.size());
    }
}
