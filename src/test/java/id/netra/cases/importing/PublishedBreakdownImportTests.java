// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import static id.netra.cases.importing.CaseImportClient.HEADER;
import static id.netra.cases.importing.CaseImportClient.freshSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a case-level dataset built to match what KASN published for January to 26 June 2020 (Kompas and Okezone,
 * 30 Jun 2020): 369 civil servants reported, 283 recommended for a sanction, 99 sanctioned by their PPK (34.9%);
 * by category social media 27%, approaching parties 21%, banners 13%, declaring candidacy 9%, attending
 * declarations 4%; by position JPT 36%, functional 17%, administrator 13%, pelaksana 12%, area heads 7%. The counts
 * Netra then holds must give back the published figures, in the database and through {@code /api/v1/stats/summary}
 * and {@code /api/v1/stats/funnel}. The cases sit in Kalimantan Timur, where the demo data puts
 * none, so that a count by region finds only them.
 */
@NetraIntegrationTest
class PublishedBreakdownImportTests {

    static final String PROVINCE = "64";
    static final List<String> REGENCIES = List.of("64.01", "64.02", "64.03", "64.07", "64.08");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the369CasesOfJanuaryToJune2020_giveBackThePublishedCountsAndShares() throws Exception {
        String source = freshSource("KASN2020");
        JsonNode job = new CaseImportClient(mvc).importCsv(source, dataset(), false);
        assertThat(job.get("refused").asInt()).as(job.get("errors").toString()).isZero();
        assertThat(job.get("createdCases").asInt()).isEqualTo(369);

        assertThat(count(source, "true")).isEqualTo(369);
        int recommended = count(source, "recommended_on is not null");
        int sanctioned = count(source, "state = 'SANCTIONED'");
        assertThat(recommended).isEqualTo(283);
        assertThat(sanctioned).isEqualTo(99);
        // "99 ASN atau 34,9 persen" of the 283
        assertThat(BigDecimal.valueOf(sanctioned * 100.0 / recommended).setScale(1, RoundingMode.DOWN))
                .isEqualByComparingTo("34.9");

        Map<String, Integer> byCategory = grouped(source, """
                select k.category_code, count(*) from cases.case_file f
                  join cases.case_category k on k.case_id = f.id and k.taxonomy = 'KASN-BKN-2019-2024'
                 where f.import_source = :s group by k.category_code""");
        assertThat(percent(byCategory, 369)).containsAllEntriesOf(Map.of("KAMPANYE_MEDSOS", 27,
                "PENDEKATAN_PARPOL", 21, "ALAT_PERAGA", 13, "DEKLARASI_DIRI", 9, "HADIR_DEKLARASI", 4));
        Map<String, Integer> byPosition = grouped(source, """
                select position_class, count(*) from cases.case_file where import_source = :s group by 1""");
        assertThat(percent(byPosition, 369)).containsAllEntriesOf(Map.of("JPT_PRATAMA", 36, "FUNGSIONAL", 17,
                "ADMINISTRATOR", 13, "PELAKSANA", 12, "PENGAWAS", 7));
        assertThat(count(source, "area_head")).isEqualTo(26);
        assertThat(count(source, "area_head and position_class = 'PENGAWAS'")).isEqualTo(26);
        assertThat(count(source, "region_code not like '" + PROVINCE + ".%'")).isZero();

        // the same through the statistics API (rollups kept from the import's CasesImported events)
        JsonNode byCategoryApi = stats("summary", "groupBy", "category");
        assertThat(byCategoryApi.get("total").asInt()).isEqualTo(369);
        assertThat(percentOf(byCategoryApi)).containsAllEntriesOf(Map.of("KAMPANYE_MEDSOS", 27,
                "PENDEKATAN_PARPOL", 21, "ALAT_PERAGA", 13, "DEKLARASI_DIRI", 9, "HADIR_DEKLARASI", 4));
        assertThat(percentOf(stats("summary", "groupBy", "position"))).containsAllEntriesOf(Map.of(
                "JPT_PRATAMA", 36, "FUNGSIONAL", 17, "ADMINISTRATOR", 13, "PELAKSANA", 12, "PENGAWAS", 7));
        assertThat(stats("summary", "groupBy", "category", "areaHead", "true").get("total").asInt()).isEqualTo(26);
        JsonNode funnel = stats("funnel");
        assertThat(funnel.get("reported").asInt()).isEqualTo(369);
        assertThat(funnel.get("recommended").asInt()).isEqualTo(283);
        assertThat(funnel.get("sanctioned").asInt()).isEqualTo(99);
        assertThat(count(source, "opened_at < '2020-01-01' or opened_at >= '2020-06-27'")).isZero();
    }

    /** 369 rows whose counts are the published ones, mixed by a seeded shuffle so that no dimension lines up. */
    static String dataset() {
        Random random = new Random(2020_06_26L);
        List<String> categories = exactly(random, Map.of("KAMPANYE_MEDSOS", 100, "PENDEKATAN_PARPOL", 77,
                "ALAT_PERAGA", 48, "DEKLARASI_DIRI", 33, "HADIR_DEKLARASI", 15, "KEGIATAN_KEBERPIHAKAN", 40,
                "FOTO_SIMBOL_TANGAN", 30, "IKUT_KAMPANYE", 26));
        // area heads (camat, lurah) are the published "kepala wilayah" bucket: pengawas posts with the area-head flag;
        // the 55 the five published buckets leave have no recorded class
        List<String> positions = exactly(random, Map.of("JPT_PRATAMA", 133, "FUNGSIONAL", 63, "ADMINISTRATOR", 48,
                "PELAKSANA", 44, "PENGAWAS+AREA_HEAD", 26, "NONE", 55));
        List<String> outcomes = exactly(random, Map.of("SANCTIONED", 99, "RECOMMENDED", 184, "NOT_PROVEN", 30,
                "UNDER_VERIFICATION", 40, "FORWARDED", 16));
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDate first = LocalDate.of(2020, 1, 2);
        LocalDate asOf = LocalDate.of(2020, 6, 26);
        for (int i = 0; i < 369; i++) {
            String outcome = outcomes.get(i);
            boolean recommends = outcome.equals("RECOMMENDED") || outcome.equals("SANCTIONED");
            LocalDate reported = first.plusDays(random.nextInt(recommends ? 130 : 175));
            LocalDate recommended = reported.plusDays(5 + random.nextInt(15));
            LocalDate decided = recommended.plusDays(3 + random.nextInt(20));
            decided = decided.isAfter(asOf) ? asOf : decided;
            LocalDate closed = reported.plusDays(random.nextInt(10));
            String position = positions.get(i);
            String region = REGENCIES.get(i % REGENCIES.size());
            csv.append(String.join(",", "KASN-2020-" + (i + 1), "PILKADA-2020", reported.toString(), region,
                    "PEMKAB-" + region, position.equals("NONE") ? "" : position.replace("+AREA_HEAD", ""),
                    position.equals("NONE") ? "" : Boolean.toString(position.endsWith("+AREA_HEAD")), "PNS",
                    SyntheticPilkadaCases.FORMS.get(categories.get(i)), categories.get(i), outcome, "", "",
                    recommends ? recommended.toString() : "", "",
                    outcome.equals("SANCTIONED") ? decided.toString()
                            : outcome.equals("NOT_PROVEN") ? closed.isAfter(asOf) ? asOf.toString()
                            : closed.toString() : "",
                    outcome.equals("SANCTIONED") ? "PP53-2010/SEDANG-1" : "",
                    outcome.equals("SANCTIONED") ? "800/" + (i + 1) + "/2020" : "")).append('\n');
        }
        return csv.toString();
    }

    private static List<String> exactly(Random random, Map<String, Integer> counts) {
        List<String> values = new ArrayList<>();
        new java.util.TreeMap<>(counts).forEach((value, n) -> values.addAll(java.util.Collections.nCopies(n, value)));
        assertThat(values).hasSize(369);
        java.util.Collections.shuffle(values, random);
        return values;
    }

    /** A statistics endpoint for Pilkada 2020 in Kalimantan Timur, as an administrator sees it. */
    private JsonNode stats(String endpoint, String... params) throws Exception {
        var request = get("/api/v1/stats/" + endpoint).param("election", "PILKADA-2020").param("region", PROVINCE)
                .with(TestUsers.ADMIN.basic());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body);
    }

    /** The summary's shares, as whole percent (the published figures are rounded so). */
    private static Map<String, Integer> percentOf(JsonNode summary) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        summary.get("groups").forEach(group -> shares.put(group.get("key").asString(),
                (int) Math.round(group.get("share").asDouble() * 100)));
        return shares;
    }

    private int count(String source, String condition) {
        return jdbc.sql("select count(*) from cases.case_file where import_source = :s and (" + condition + ")")
                .param("s", source).query(Integer.class).single();
    }

    private Map<String, Integer> grouped(String source, String sql) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql(sql).param("s", source).query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /** Whole percent, as the published figures are rounded. */
    private static Map<String, Integer> percent(Map<String, Integer> counts, int total) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        counts.forEach((key, n) -> shares.put(key, (int) Math.round(n * 100.0 / total)));
        return shares;
    }
}
