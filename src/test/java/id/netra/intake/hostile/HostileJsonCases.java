// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.hostile;

import static id.netra.intake.hostile.HostileCase.refused;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Bodies that are not the JSON the public endpoints expect: broken, deep, huge, or of another media type. */
final class HostileJsonCases {

    private static final String JSON = "application/json";
    private static final List<String> ENDPOINTS = List.of("/api/v1/reports", "/api/v1/reports/status",
            "/api/v1/reports/messages");

    private HostileJsonCases() {
    }

    static List<HostileCase> all() {
        List<String> malformed = List.of("", " ", "{", "}", "[", "]", "null", "true", "0", "-1", "\"laporan\"",
                "{\"electionCode\":}", "{electionCode:'PILKADA-2024'}", "{'a':1}", "{\"a\":1,}", "[1,2,]",
                "{\"description\": \"tidak ditutup}", "/* komentar */ {}", "{\"a\":NaN}", "{\"a\":Infinity}",
                "{\"occurredOn\":1e999999}", "{\"a\":" + "9".repeat(5000) + "}", "\u0000", "{\"a\":\"\\u0000",
                "{\"reportedPersons\":[{\"name\":", "{\"x\":" + "{\"x\":".repeat(100) + "1", "[]", "[{}]",
                "{\"reporter\":{\"mode\":\"ANONYMOUS\"}}{\"extra\":1}");
        List<HostileCase> cases = new ArrayList<>();
        for (String body : malformed) {
            cases.add(refused("malformed JSON " + abbreviate(body),
                    api -> api.postRaw("/api/v1/reports", JSON, body.getBytes(StandardCharsets.UTF_8))));
        }
        for (String endpoint : ENDPOINTS) {
            cases.add(refused("deeply nested arrays to " + endpoint, api -> api.postRaw(endpoint, JSON,
                    ("[".repeat(50_000) + "]".repeat(50_000)).getBytes(StandardCharsets.UTF_8))));
            cases.add(refused("deeply nested objects to " + endpoint, api -> api.postRaw(endpoint, JSON,
                    ("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)).getBytes(StandardCharsets.UTF_8))));
            cases.add(refused("2 MB body to " + endpoint, api -> api.postRaw(endpoint, JSON,
                    ("{\"description\":\"" + "x".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8))));
            cases.add(refused("invalid UTF-8 to " + endpoint, api -> api.postRaw(endpoint, JSON,
                    new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'})));
            cases.add(refused("JSON as text/plain to " + endpoint, api -> api.postRaw(endpoint, "text/plain",
                    "{\"receipt\":\"1234567890123456\"}".getBytes(StandardCharsets.UTF_8))));
            cases.add(refused("XML to " + endpoint, api -> api.postRaw(endpoint, "application/xml",
                    "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                            .getBytes(StandardCharsets.UTF_8))));
            cases.add(refused("no content type to " + endpoint, api -> api.postRaw(endpoint, null,
                    "{}".getBytes(StandardCharsets.UTF_8))));
            cases.add(refused("form encoding to " + endpoint, api -> api.postRaw(endpoint,
                    "application/x-www-form-urlencoded", "receipt=1234567890123456".getBytes(StandardCharsets.UTF_8))));
        }
        return cases;
    }

    static String abbreviate(String text) {
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 40 ? shown.substring(0, 40) + "…(" + text.length() + ")" : shown;
    }
}
