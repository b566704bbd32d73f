// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.publik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public portal and open data over cases made through the real workflow in Maluku Utara (82), which no other test
 * uses: 7 cases in Kota Ternate (82.71) and 2 in Halmahera Barat (82.01). Every public endpoint is called without
 * sign-in, and nothing personal may come out of any of them.
 */
@CasesIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPortalIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Exact dates (ISO or written out) and NIP/NIK-like digit runs. */
    private static final Pattern ISO_DATE = Pattern.compile("\\b(19|20)\\d{2}-\\d{2}-\\d{2}\\b");
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "\\b\\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)"
                    + " (19|20)\\d{2}\\b");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{16,18}");

    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;
    @Autowired TestCases cases;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @BeforeAll
    void casesInMalukuUtara() {
        clock.setDay(LocalDate.of(2024, 10, 3));
        for (int i = 0; i < 7; i++) {
            CaseState state = i < 3 ? CaseState.SANCTIONED : CaseState.FORWARDED;
            cases.caseIn(state, "82.71", "PEMKOT-82.71", clock.instant());
        }
        cases.caseIn(CaseState.RECEIVED, "82.01", "PEMKAB-82.01", clock.instant());
        cases.caseIn(CaseState.RECEIVED, "82.01", "PEMKAB-82.01", clock.instant());
    }

    @Test
    void portalAndDownloadsOpenWithoutSignInInBothLanguages() throws Exception {
        String page = mvc.perform(get("/publik").param("pemilihan", "PILKADA-2024")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Data publik netralitas ASN", "kasus.csv", "datapackage.json",
                "Peta kasus per provinsi", "Kategori pelanggaran");
        String english = mvc.perform(get("/publik").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Public data on civil-servant neutrality");
        for (String file : List.of("kasus.csv", "kasus.json", "kasus.xlsx", "provinsi.geojson", "datapackage.json")) {
            mvc.perform(get("/publik/data/" + file)).andExpect(status().isOk());
        }
        mvc.perform(get("/publik/data/nothing.txt")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/stats")).andExpect(status().isOk());
    }

    @Test
    void provinceCountsOfTwoAreHiddenAndTheirRegencyBreakdownIsWithheld() throws Exception {
        JsonNode regencies = json(mvc.perform(get("/publik/peta/wilayah/82").param("pemilihan", "PILKADA-2024"))
                .andExpect(status().isOk()).andReturn());
        JsonNode provinces = json(mvc.perform(get("/publik/peta/data").param("pemilihan", "PILKADA-2024"))
                .andExpect(status().isOk()).andReturn());
        JsonNode maluku = find(provinces.get("provinces"), "82");

        // Maluku Utara's count in this context is ours (9) plus whatever other classes made there: at least 9
        if (maluku.get("value").isNull()) {
            assertThat(regencies.get("withheld").asBoolean()).isTrue();
            assertThat(regencies.get("regencies")).isEmpty();
        } else {
            assertThat(maluku.get("value").asLong()).isGreaterThanOrEqualTo(9);
            JsonNode barat = find(regencies.get("regencies"), "82.01");
            JsonNode ternate = find(regencies.get("regencies"), "82.71");
            assertThat(barat.get("text").asString()).isIn("<5", "×");
            assertThat(barat.get("value").isNull()).isTrue();
            assertThat(ternate.get("value").isNull() || ternate.get("value").asLong() >= 5).isTrue();
            long hidden = 0;
            for (JsonNode r : regencies.get("regencies")) {
                hidden += r.get("value").isNull() ? 1 : 0;
            }
            assertThat(hidden).as("a lone hidden regency could be recovered from the province total")
                    .isNotEqualTo(1);
        }
    }

    @Test
    void downloadsCarryTheSameSuppressedCountsAsThePage() throws Exception {
        String csv = body(mvc.perform(get("/publik/data/kasus.csv").param("pemilihan", "PILKADA-2024")
                .param("hxl", "true")).andReturn());
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("dimensi,kode,label,jumlah,bagian");
        assertThat(lines[1].replace("\"", "")).startsWith("#meta+dimension,#meta+code,#meta+label,#affected+num");
        for (String line : lines) {
            String[] cells = line.split(",");
            if (cells.length >= 4 && cells[3].matches("\\d+")) {
                assertThat(Long.parseLong(cells[3])).as(line).satisfiesAnyOf(n -> assertThat(n).isZero(),
                        n -> assertThat(n).isGreaterThanOrEqualTo(5));
            }
        }
        JsonNode pack = json(mvc.perform(get("/publik/data/datapackage.json").param("pemilihan", "PILKADA-2024"))
                .andReturn());
        assertThat(pack.get("resources")).hasSize(4);
        assertThat(pack.get("resources").get(0).get("path").asString()).isEqualTo("kasus.csv?pemilihan=PILKADA-2024");
        assertThat(pack.get("resources").get(0).get("schema").get("missingValues").toString()).contains("<5", "×");
        JsonNode geo = json(mvc.perform(get("/publik/data/provinsi.geojson")).andReturn());
        assertThat(geo.get("features")).hasSize(38);
        geo.get("features").forEach(f -> assertThat(f.get("geometry").get("type").asString())
                .isIn("Polygon", "MultiPolygon"));
        assertThat(geo.get("attribution").asString()).contains("CC BY 4.0");
    }

    @Test
    void noPersonalDataLeavesThroughAnyPublicEndpoint() throws Exception {
        List<String> names = jdbc.sql("select person_name from cases.case_file").query(String.class).list();
        List<String> nips = jdbc.sql("select person_nip from cases.case_file where person_nip is not null")
                .query(String.class).list();
        assertThat(names).isNotEmpty();
        assertThat(nips).isNotEmpty();
        List<String> urls = publicUrls();
        assertThat(urls).hasSizeGreaterThan(15);
        for (String url : urls) {
            MvcResult result = mvc.perform(get(url)).andReturn();
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
            String text = readable(result);
            for (String name : names) {
                assertThat(text).as("%s names a person", url).doesNotContain(name);
            }
            for (String nip : nips) {
                assertThat(text).as("%s gives a NIP", url).doesNotContain(nip);
            }
            assertThat(LONG_NUMBER.matcher(text).find()).as("%s has a NIP- or NIK-like number", url).isFalse();
            assertThat(ISO_DATE.matcher(text).find()).as("%s has an exact date", url).isFalse();
            assertThat(WRITTEN_DATE.matcher(text).find()).as("%s has an exact date", url).isFalse();
            assertThat(text).as("%s carries free text of a report", url).doesNotContain("Guru", "Instansi uji",
                    "DS-2", "PUBLIC_WEB", "800/1/TEST");
        }
    }

    @Test
    void theRateLimitAnswers429WithRetryAfterToOneAddressOnly() throws Exception {
        int status = 200;
        int calls = 0;
        while (status == 200 && calls < 1000) {
            status = mvc.perform(get("/api/v1/public/stats").with(request -> {
                request.setRemoteAddr("203.0.113.77");
                return request;
            })).andReturn().getResponse().getStatus();
            calls++;
        }
        assertThat(status).isEqualTo(429);
        assertThat(calls).isGreaterThan(100);
        mvc.perform(get("/api/v1/public/stats").with(request -> {
            request.setRemoteAddr("203.0.113.78");
            return request;
        })).andExpect(status().isOk());
    }

    /** Every GET mapping open to the public, with its path variables filled and with and without an election. */
    private List<String> publicUrls() {
        List<String> patterns = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                if (pattern.equals("/publik") || pattern.startsWith("/publik/")
                        || pattern.startsWith("/api/v1/public")) {
                    patterns.add(pattern);
                }
            }
        }
        List<String> urls = new ArrayList<>();
        for (String pattern : patterns) {
            List<String> filled = new ArrayList<>();
            if (pattern.contains("{file}")) {
                for (String file : List.of("kasus.csv", "kasus.json", "kasus.xlsx", "provinsi.geojson",
                        "datapackage.json")) {
                    filled.add(pattern.replace("{file}", file));
                }
            } else if (pattern.contains("{province}")) {
                filled.add(pattern.replace("{province}", "82"));
                filled.add(pattern.replace("{province}", "31"));
            } else {
                filled.add(pattern);
            }
            for (String url : filled) {
                urls.add(url);
                urls.add(url + "?pemilihan=PILKADA-2024&election=PILKADA-2024&hxl=true&lang=en");
            }
        }
        return urls;
    }

    /** The body as text; an XLSX is unzipped so that its cell text is searched too. */
    private static String readable(MvcResult result) throws Exception {
        byte[] bytes = result.getResponse().getContentAsByteArray();
        if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            StringBuilder text = new StringBuilder();
            java.nio.file.Path file = java.nio.file.Files.createTempFile("public", ".xlsx");
            try {
                java.nio.file.Files.write(file, bytes);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        if (entry.getName().startsWith("xl/")) {
                            text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            assertThat(text).as("the workbook's sheets were read").contains("dimensi");
            return text.toString();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode node : array) {
            if (code.equals(node.get("code").asString())) {
                return node;
            }
        }
        throw new AssertionError("no " + code + " in " + array);
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(body(result));
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
