// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.maps;

import id.netra.reference.Region;
import id.netra.shared.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a GeoJSON file of province boundaries and matches each feature to one province of the reference data by
 * name. The result is either the normalised map (each feature's properties reduced to Netra's {@code code} and
 * {@code name}, so ECharts matches data by the reference name) or every reason the file cannot be used: not a
 * FeatureCollection, a feature without polygon, a name no province has, a province named twice or missing.
 */
final class BoundaryCheck {

    /** Property names under which boundary files usually carry the province name, tried in this order. */
    static final List<String> NAME_PROPERTIES = List.of("PROVINSI", "provinsi", "Propinsi", "WADMPR", "NAME_1",
            "name", "nama", "Nama", "NAMOBJ");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BoundaryCheck() {
    }

    record Result(Decision decision, String normalisedGeoJson, int features) {
    }

    static Result check(byte[] content, List<Region> provinces) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (Exception e) {
            return rejected(Decision.rejectField("file", "analytics.map.boundary.not-json"));
        }
        if (root == null || !"FeatureCollection".equals(text(root.get("type"))) || !root.path("features").isArray()) {
            return rejected(Decision.rejectField("file", "analytics.map.boundary.not-collection"));
        }
        ProvinceNames names = new ProvinceNames(provinces);
        List<Decision> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        ArrayNode features = JSON.createArrayNode();
        int index = 0;
        for (JsonNode feature : root.get("features")) {
            index++;
            String geometry = text(feature.path("geometry").get("type"));
            if (!"Polygon".equals(geometry) && !"MultiPolygon".equals(geometry)) {
                problems.add(Decision.rejectField("file", "analytics.map.boundary.no-polygon", index));
                continue;
            }
            String name = nameOf(feature.path("properties"));
            var province = names.find(name);
            if (province.isEmpty()) {
                problems.add(Decision.rejectField("file", "analytics.map.boundary.unknown-name", index,
                        name == null ? "-" : name));
                continue;
            }
            if (seen.put(province.get().code(), index) != null) {
                problems.add(Decision.rejectField("file", "analytics.map.boundary.duplicate", province.get().name()));
                continue;
            }
            ObjectNode out = JSON.createObjectNode();
            out.put("type", "Feature");
            ObjectNode properties = out.putObject("properties");
            properties.put("code", province.get().code());
            properties.put("name", province.get().name());
            out.set("geometry", feature.get("geometry"));
            features.add(out);
        }
        Set<String> missing = new LinkedHashSet<>();
        provinces.stream().filter(p -> !seen.containsKey(p.code())).forEach(p -> missing.add(p.name()));
        if (!missing.isEmpty()) {
            problems.add(Decision.rejectField("file", "analytics.map.boundary.missing", String.join(", ", missing)));
        }
        Decision decision = Decision.all(problems);
        if (decision.rejected()) {
            return rejected(decision);
        }
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        return new Result(decision, JSON.writeValueAsString(collection), features.size());
    }

    private static Result rejected(Decision decision) {
        return new Result(decision, null, 0);
    }

    private static String nameOf(JsonNode properties) {
        for (String key : NAME_PROPERTIES) {
            String value = text(properties.get(key));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() ? null : node.asString();
    }
}
