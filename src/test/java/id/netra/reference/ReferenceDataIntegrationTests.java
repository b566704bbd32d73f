// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.NetraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded reference data on the embedded PostgreSQL has the counts the sources promise. */
@NetraIntegrationTest
class ReferenceDataIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void regions_matchIdnAreaData() {
        assertThat(count("select count(*) from reference.region where superseded_on is null and level = 'PROVINCE'"))
                .isEqualTo(38);
        assertThat(count("select count(*) from reference.region where superseded_on is null and level = 'REGENCY'"))
                .isEqualTo(514);
        assertThat(count("select count(*) from reference.region where superseded_on is null and regency_kind = 'KABUPATEN'"))
                .isEqualTo(416);
        assertThat(count("select count(*) from reference.region where superseded_on is null and regency_kind = 'KOTA'"))
                .isEqualTo(98);
    }

    @Test
    void everyProvince_hasAMapLocation() {
        assertThat(count("""
                select count(*) from reference.region r join reference.province_location p on p.province_code = r.code
                 where r.superseded_on is null""")).isEqualTo(38);
    }

    @Test
    void everyTable_recordsItsSource() {
        for (String table : new String[] {"region", "province_location", "agency", "position_class", "area_head_role",
                "employment_type", "violation_form", "violation_category", "sanction", "election", "holiday"}) {
            assertThat(count("select count(*) from reference." + table + " where source is null or source = ''"))
                    .as(table).isZero();
            assertThat(count("select count(*) from reference." + table)).as(table).isPositive();
        }
    }

    @Test
    void violationCatalogue_hasSevenEthicsAndTwelveDisciplineForms() {
        assertThat(count("select count(*) from reference.violation_form where kind = 'ETHICS'")).isEqualTo(7);
        assertThat(count("select count(*) from reference.violation_form where kind = 'DISCIPLINE'")).isEqualTo(12);
    }

    @Test
    void pp94_hasThreePenaltiesPerLevel() {
        assertThat(jdbc.sql("select level, count(*) from reference.sanction where catalogue = 'PP94-2021' group by level")
                .query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2)).list())
                .containsExactlyInAnyOrder("LIGHT=3", "MEDIUM=3", "HEAVY=3");
    }

    @Test
    void pilkada2024_has545Participants() {
        assertThat(count("select count(*) from reference.election_region where election_code = 'PILKADA-2024'"))
                .isEqualTo(37 + 508);
        assertThat(count("select count(*) from reference.election_region where election_code = 'PILKADA-2024' and region_code = '34'"))
                .isZero();
    }
}
