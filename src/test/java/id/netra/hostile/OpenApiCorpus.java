// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates hostile requests for every operation the OpenAPI document lists, so that a new endpoint is attacked
 * without anyone adding it here. Each request differs from a plausible one in one place: a path or query parameter
 * (wrong type, NUL, huge, markup, SQL, unicode), the JSON body (missing, malformed, deeply nested, oversized, each
 * property given a wrong type or a hostile string) or the envelope (content types the endpoint does not take).
 * Operations that act without any input (a sweep, a handover) get only envelope attacks that must be refused before
 * they run, so the corpus never triggers real work on the shared test database.
 */
final class OpenApiCorpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_PROPERTY_ATTACKS = 8;

    static final List<String> TEXT_ATTACKS = List.of("", "\u0000", "x".repeat(20_000), "' OR '1'='1'; --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "Камат😀\u202E", "../../etc/passwd",
            "${7*7}{{7*7}}", "-1");
    static final List<String> NUMBER_ATTACKS = List.of("-1", "0", "99999999999999999999", "1.5", "abc", "1e309",
            "\u0000", "");
    static final List<String> PATH_ATTACKS = List.of("-1", "0", "99999999999999999999", "abc", "..",
            "<script>alert(1)</script>", "' OR 1=1 --", "\u0000", "x".repeat(3000), "Камат😀",
            UUID.randomUUID().toString());
    static final List<String> ENVELOPE_TYPES = List.of("*/*", "multipart/form-data",
            "application/json; charset=bogus", "application/json; charset=", "multipart/form-data; boundary=");

    private final JsonNode document;

    OpenApiCorpus(JsonNode document) {
        this.document = document;
    }

    /** Every operation, its hostile requests in order. */
    Map<String, List<HostileRequest>> generate() {
        Map<String, List<HostileRequest>> byOperation = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                byOperation.put(method + " " + path.getKey(),
                        attacks(method, path.getKey(), operation.getValue()));
            }
        }
        return byOperation;
    }

    private List<HostileRequest> attacks(String method, String template, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        JsonNode content = operation.path("requestBody").path("content");
        String bodyType = content.isObject() && content.propertyNames().iterator().hasNext()
                ? content.propertyNames().iterator().next() : null;
        JsonNode bodySchema = bodyType == null ? null : resolve(content.get(bodyType).path("schema"));
        boolean hasInputs = parameters.stream().anyMatch(p -> !"header".equals(p.path("in").asString()))
                || bodySchema != null;
        String plainUri = uri(template, parameters, null, null);
        List<HostileRequest> attacks = new ArrayList<>();
        for (String type : ENVELOPE_TYPES) {
            attacks.add(new HostileRequest("Content-Type " + type, method, plainUri, type,
                    "{}".getBytes(StandardCharsets.UTF_8)));
        }
        if (!hasInputs) {
            return attacks;
        }
        for (JsonNode parameter : parameters) {
            String in = parameter.path("in").asString();
            if (!"path".equals(in) && !"query".equals(in)) {
                continue;
            }
            String name = parameter.path("name").asString();
            List<String> values = "path".equals(in) ? PATH_ATTACKS
                    : isNumeric(resolve(parameter.path("schema"))) ? NUMBER_ATTACKS : TEXT_ATTACKS;
            for (String value : values) {
                attacks.add(new HostileRequest(in + " " + name + "=" + printable(value), method,
                        uri(template, parameters, name, value), bodyType == null ? null : "application/json",
                        bodyType == null ? null : body(bodySchema)));
            }
        }
        if (bodyType != null && bodyType.contains("json")) {
            attacks.addAll(jsonBodies(method, plainUri, bodySchema));
        } else if (bodyType != null && bodyType.startsWith("multipart/")) {
            attacks.addAll(multipartBodies(method, plainUri));
        }
        return attacks;
    }

    private List<HostileRequest> jsonBodies(String method, String uri, JsonNode schema) {
        List<HostileRequest> attacks = new ArrayList<>();
        String json = "application/json";
        for (String raw : List.of("", "null", "[]", "\"text\"", "123", "{", "{\"a\":", "{}}", "\u0000",
                "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
                "{\"x\":\"" + "a".repeat(600_000) + "\"}")) {
            attacks.add(new HostileRequest("body " + printable(raw), method, uri, json,
                    raw.getBytes(StandardCharsets.UTF_8)));
        }
        attacks.add(new HostileRequest("JSON as text/plain", method, uri, "text/plain", body(schema)));
        attacks.add(new HostileRequest("JSON as XML", method, uri, "application/xml", body(schema)));
        attacks.add(new HostileRequest("JSON as a form", method, uri, "application/x-www-form-urlencoded",
                "a=1&b[999999].c=2".getBytes(StandardCharsets.UTF_8)));
        JsonNode properties = schema == null ? null : schema.path("properties");
        if (properties == null || !properties.isObject()) {
            return attacks;
        }
        int count = 0;
        for (Iterator<String> names = properties.propertyNames().iterator(); names.hasNext()
                && count < MAX_PROPERTY_ATTACKS; count++) {
            String property = names.next();
            for (Object value : List.<Object>of(Map.of("nested", List.of(1, 2)), List.of("a", "b"), 12345, true,
                    "\u0000", "<img src=x onerror=alert(1)>", "x".repeat(20_000), "'; drop table intake.report; --")) {
                Map<String, Object> body = template(schema);
                body.put(property, value);
                attacks.add(new HostileRequest("property " + property + "=" + printable(String.valueOf(value)),
                        method, uri, json, JSON.writeValueAsBytes(body)));
            }
        }
        return attacks;
    }

    private static List<HostileRequest> multipartBodies(String method, String uri) {
        String boundary = "netra-corpus";
        String type = "multipart/form-data; boundary=" + boundary;
        List<HostileRequest> attacks = new ArrayList<>();
        attacks.add(new HostileRequest("multipart without boundary", method, uri, "multipart/form-data",
                "--x\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
        attacks.add(new HostileRequest("multipart garbage", method, uri, type,
                "garbage without any part".getBytes(StandardCharsets.UTF_8)));
        attacks.add(new HostileRequest("multipart truncated", method, uri, type, ("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.jpg\"\r\n\r\nabc")
                .getBytes(StandardCharsets.UTF_8)));
        attacks.add(new HostileRequest("multipart no parts", method, uri, type,
                ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
        for (String filename : List.of("../../etc/passwd", "<script>alert(1)</script>.jpg", "a\u0000.jpg",
                "x".repeat(2000) + ".pdf")) {
            attacks.add(new HostileRequest("multipart file " + printable(filename), method, uri, type, ("--"
                    + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
                    + "\"\r\nContent-Type: image/jpeg\r\n\r\nMZ\u0000\u0000not an image\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"receipt\"\r\n\r\n0000 0000 0000 0000\r\n--"
                    + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
        }
        return attacks;
    }

    /** The path with plausible values, except {@code attacked} which gets {@code value}. */
    private String uri(String template, List<JsonNode> parameters, String attacked, String value) {
        String uri = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asString();
            String in = parameter.path("in").asString();
            if ("path".equals(in)) {
                String chosen = name.equals(attacked) ? value : plausible(resolve(parameter.path("schema")));
                uri = uri.replace("{" + name + "}", UriUtils.encodePathSegment(chosen, StandardCharsets.UTF_8));
            } else if ("query".equals(in) && name.equals(attacked)) {
                query.append(query.isEmpty() ? "?" : "&").append(UriUtils.encodeQueryParam(name,
                        StandardCharsets.UTF_8)).append('=').append(UriUtils.encodeQueryParam(value,
                        StandardCharsets.UTF_8));
            }
        }
        return uri + query;
    }

    private static String plausible(JsonNode schema) {
        return isNumeric(schema) ? "987654321" : "corpus-" + UUID.randomUUID();
    }

    private static boolean isNumeric(JsonNode schema) {
        String type = schema.path("type").asString("");
        return "integer".equals(type) || "number".equals(type);
    }

    private byte[] body(JsonNode schema) {
        return JSON.writeValueAsBytes(template(schema));
    }

    /** An object shaped like the schema, with short placeholder values; hostile only where a test puts it. */
    private Map<String, Object> template(JsonNode schema) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (schema == null) {
            return body;
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode type = resolve(property.getValue());
            body.put(property.getKey(), switch (type.path("type").asString("object")) {
                case "integer", "number" -> 1;
                case "boolean" -> false;
                case "array" -> List.of();
                case "string" -> "corpus";
                default -> Map.of();
            });
        }
        return body;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current != null && current.has("$ref"); i++) {
            String ref = current.get("$ref").asString();
            current = document.at(ref.substring(1));
        }
        return current;
    }

    static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
        return shown.replaceAll("[^\\p{Print}\\p{L}]", "?");
    }
}
