// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.hostile;

import static id.netra.intake.hostile.HostileCase.refused;
import static id.netra.intake.hostile.HostileCase.tolerated;

import id.netra.intake.support.Reports;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Well-formed JSON reports with hostile values in their fields. */
final class HostileReportCases {

    private HostileReportCases() {
    }

    private static HostileCase report(String name, boolean refuse, Consumer<Map<String, Object>> change) {
        return new HostileCase(name, api -> {
            Map<String, Object> body = Reports.minimalAnonymous();
            change.accept(body);
            return api.postJson("/api/v1/reports", body);
        }, refuse);
    }

    private static Map<String, Object> person(Map<String, Object> body) {
        return Reports.firstPerson(body);
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (String text : HostileStrings.FORBIDDEN) {
            String shown = HostileJsonCases.abbreviate(text);
            cases.add(report("forbidden characters in description: " + shown, true,
                    body -> body.put("description", text)));
            cases.add(report("forbidden characters in place: " + shown, true, body -> body.put("place", text)));
            cases.add(report("forbidden characters in name: " + shown, true, body -> person(body).put("name", text)));
            cases.add(report("forbidden characters in agency: " + shown, true,
                    body -> person(body).put("agencyName", text)));
            cases.add(report("forbidden characters in position title: " + shown, true,
                    body -> person(body).put("positionTitle", text)));
        }
        for (String text : HostileStrings.INERT) {
            String shown = HostileJsonCases.abbreviate(text);
            cases.add(report("inert text in description: " + shown, false, body -> body.put("description", text)));
            cases.add(report("inert text in place: " + shown, false, body -> body.put("place", text)));
            cases.add(report("inert text in name: " + shown, false, body -> person(body).put("name", text)));
        }
        wrongTypes(cases);
        sqlAndCodes(cases);
        nipsLinksAndReporters(cases);
        return cases;
    }

    private static void wrongTypes(List<HostileCase> cases) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("reportedPersons", "x");
        values.put("occurredOn", List.of());
        values.put("reporter", "ANONYMOUS");
        values.put("evidenceLinks", "https://x.com/a");
        values.put("description", Map.of("a", 1));
        values.put("place", List.of("a"));
        values.put("regionCode", Map.of());
        for (Map.Entry<String, Object> value : values.entrySet()) {
            cases.add(report("wrong type for " + value.getKey(), true, body -> body.put(value.getKey(),
                    value.getValue())));
        }
        cases.add(report("persons of numbers", true, body -> body.put("reportedPersons", List.of(1, 2))));
        cases.add(report("a null person", true, body -> body.put("reportedPersons", Collections.singletonList(null))));
        cases.add(report("evidence link objects", true, body -> body.put("evidenceLinks", List.of(Map.of()))));
        cases.add(report("reporter mode as number", true, body -> body.put("reporter", Map.of("mode", 5))));
        cases.add(report("null reporter", true, body -> body.put("reporter", null)));
        cases.add(report("boolean violation", true, body -> body.put("violationCode", true)));
        cases.add(report("date 2024-02-30", true, body -> body.put("occurredOn", "2024-02-30")));
        cases.add(report("date year zero", true, body -> body.put("occurredOn", "0000-01-01")));
        cases.add(report("date far future", true, body -> body.put("occurredOn", "+999999999-12-31")));
        cases.add(report("date as number", true, body -> body.put("occurredOn", 20241001)));
        cases.add(report("description too long", true, body -> body.put("description", "x".repeat(10_001))));
        cases.add(report("name too long", true, body -> person(body).put("name", "N".repeat(201))));
        cases.add(report("21 persons", true, body -> body.put("reportedPersons", persons(21))));
        cases.add(report("same person twice", true, body -> body.put("reportedPersons",
                List.of(Reports.person("Ahmad Kembar"), Reports.person("AHMAD  kembar")))));
        cases.add(report("21 links", true, body -> body.put("evidenceLinks",
                Collections.nCopies(21, "https://x.com/a"))));
    }

    private static List<Map<String, Object>> persons(int count) {
        List<Map<String, Object>> persons = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            persons.add(Reports.person("Orang " + i));
        }
        return persons;
    }

    private static void sqlAndCodes(List<HostileCase> cases) {
        cases.add(report("SQL in election code", true,
                body -> body.put("electionCode", "'; drop table intake.report; --")));
        cases.add(report("SQL in region code", true, body -> body.put("regionCode", "36.01' or '1'='1")));
        cases.add(report("SQL in violation code", true, body -> body.put("violationCode", "DS-2'--")));
        cases.add(report("SQL in agency code", true, body -> person(body).put("agencyCode", "PEMKAB-36.01'; --")));
        cases.add(report("SQL in position class", true, body -> person(body).put("positionClass", "FUNGSIONAL'--")));
        cases.add(report("LIKE wildcards in region code", true, body -> body.put("regionCode", "%")));
        cases.add(report("path in election code", true, body -> body.put("electionCode", "../../etc/passwd")));
        cases.add(report("province as region", true, body -> body.put("regionCode", "36")));
    }

    private static void nipsLinksAndReporters(List<HostileCase> cases) {
        for (String nip : List.of("١٩٨٥٠١٠١٢٠١٠٠١١٠٠١", "１９８５０１０１２０１００１１００１", "1985010120100110011",
                "-19850101201001100", "198501012010011001' or 1=1", "0x1985010120100110")) {
            cases.add(report("hostile NIP " + nip, true, body -> person(body).put("nip", nip)));
        }
        for (String link : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "file:///etc/passwd", "http://", "https://exa mple.com", "ftp://x.org/y", "//evil.example",
                "http://[::1", "vbscript:msgbox(1)", "https://x.com/" + "a".repeat(2000))) {
            cases.add(report("hostile link " + HostileJsonCases.abbreviate(link), true,
                    body -> body.put("evidenceLinks", List.of(link))));
        }
        List<Map<String, Object>> reporters = List.of(Map.of("mode", "ROOT"), Map.of("mode", ""),
                Map.of("mode", "<script>"), Map.of("mode", "ANONYMOUS", "email", "a@example.org"),
                Map.of("mode", "CONFIDENTIAL", "name", "Nama\u0000", "phone", "081234567890"),
                Map.of("mode", "CONFIDENTIAL", "name", "Nama", "email", "a@"),
                Map.of("mode", "OPEN", "name", "Nama", "phone", "+62 812' or 1=1"),
                Map.of("mode", "OPEN", "name", "Nama", "phone", "081234567890", "nik", "3601<script>"),
                Map.of("mode", "CONFIDENTIAL", "name", "N".repeat(201), "phone", "081234567890"));
        for (Map<String, Object> reporter : reporters) {
            cases.add(report("hostile reporter " + HostileJsonCases.abbreviate(reporter.toString()), true,
                    body -> body.put("reporter", reporter)));
        }
        cases.add(tolerated("mixed scripts in every text field", api -> {
            Map<String, Object> body = Reports.minimalAnonymous();
            body.put("place", "Kantor Desa Сукамаджу ٱلْقَرْيَة");
            Reports.firstPerson(body).put("name", "Ахмад 阿赫马德 " + java.util.UUID.randomUUID());
            return api.postJson("/api/v1/reports", body);
        }));
    }
}
