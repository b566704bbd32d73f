// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.maps;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.reference.Region;
import id.netra.reference.RegionLevel;
import id.netra.shared.Decision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BoundaryCheckTests {

    /** The 38 provinces as the reference migration registers them, read from the migration itself. */
    static List<Region> referenceProvinces() throws IOException {
        String sql = resource("db/migration/reference/V2_2__regions_idn_area_data_4_0_1.sql");
        Matcher m = Pattern.compile("\\('(\\d{2})', '\\d{2}', '([^']+)', 'PROVINCE'").matcher(sql);
        List<Region> provinces = new ArrayList<>();
        while (m.find()) {
            provinces.add(new Region(m.group(1), m.group(2), RegionLevel.PROVINCE, m.group(1)));
        }
        return provinces;
    }

    static String resource(String path) throws IOException {
        try (InputStream in = BoundaryCheckTests.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void allThirtyEightShippedFeaturesMapToDistinctProvincesDespiteTheirWrongPapuaCodes() throws IOException {
        List<Region> provinces = referenceProvinces();
        assertThat(provinces).hasSize(38);

        BoundaryCheck.Result result = BoundaryCheck.check(
                resource("maps/indonesia-38-provinces.geojson").getBytes(StandardCharsets.UTF_8), provinces);

        assertThat(result.decision().reasons()).isEmpty();
        JsonNode features = JsonMapper.builder().build().readTree(result.normalisedGeoJson()).get("features");
        Set<String> codes = new HashSet<>();
        features.forEach(f -> codes.add(f.get("properties").get("code").asString()));
        assertThat(codes).hasSize(38)
                .containsAll(provinces.stream().map(Region::code).toList())
                .contains("93", "94", "95", "96");
        features.forEach(f -> {
            if (f.get("properties").get("name").asString().equals("Papua Tengah")) {
                assertThat(f.get("properties").get("code").asString()).isEqualTo("94");
            }
        });
    }

    @Test
    void aFileThatIsNotAFeatureCollectionIsRefusedWithAReason() throws IOException {
        BoundaryCheck.Result result = BoundaryCheck.check("{\"type\":\"Feature\"}".getBytes(), referenceProvinces());

        assertThat(result.decision().reasons()).extracting(Decision.Reason::messageKey)
                .containsExactly("analytics.map.boundary.not-collection");
        assertThat(BoundaryCheck.check("not json".getBytes(), referenceProvinces()).decision().reasons())
                .extracting(Decision.Reason::messageKey).containsExactly("analytics.map.boundary.not-json");
    }

    @Test
    void unknownNamesDuplicatesAndMissingProvincesAreEachReported() throws IOException {
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[106,-6],[107,-6],[107,-7],[106,-6]]]}";
        String file = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"PROVINSI\":\"Banten\"},\"geometry\":" + polygon + "},"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"PROVINSI BANTEN\"},\"geometry\":" + polygon + "},"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Atlantis\"},\"geometry\":" + polygon + "},"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Bali\"},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[115,-8]}}]}";

        BoundaryCheck.Result result = BoundaryCheck.check(file.getBytes(), referenceProvinces());

        assertThat(result.decision().reasons()).extracting(Decision.Reason::messageKey).containsExactly(
                "analytics.map.boundary.duplicate", "analytics.map.boundary.unknown-name",
                "analytics.map.boundary.no-polygon", "analytics.map.boundary.missing");
        assertThat(result.normalisedGeoJson()).isNull();
    }

    @Test
    void shortAndLongNamesOfJakartaAndYogyakartaAreTheSameProvince() throws IOException {
        ProvinceNames names = new ProvinceNames(referenceProvinces());

        assertThat(names.find("DKI Jakarta")).map(Region::code).contains("31");
        assertThat(names.find("Daerah Khusus Ibukota Jakarta")).map(Region::code).contains("31");
        assertThat(names.find("DI Yogyakarta")).map(Region::code).contains("34");
        assertThat(names.find("Daerah Istimewa Yogyakarta")).map(Region::code).contains("34");
        assertThat(names.find("Kep. Bangka Belitung")).map(Region::code).contains("19");
        assertThat(names.find("Papua Barat Daya")).map(Region::code).contains("96");
        assertThat(names.find("Papua Barat")).map(Region::code).contains("92");
    }
}
