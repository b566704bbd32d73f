// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** Intention-named report bodies for the public API tests; every body names a person no other test uses. */
public final class Reports {

    /**
     * Escapes every non-ASCII character, so that strings which are not valid UTF-8 on their own (a lone surrogate)
     * reach the server as the JSON escape a hostile client would send, instead of being replaced while encoding.
     */
    public static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private Reports() {
    }

    /** The minimal body of the issue, with a unique person so duplicate checks of other tests are not disturbed. */
    public static Map<String, Object> minimalAnonymous() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("electionCode", "PILKADA-2024");
        body.put("regionCode", "36.01");
        body.put("reportedPersons", new ArrayList<>(List.of(person("ASN Uji " + UUID.randomUUID()))));
        body.put("violationCode", "DS-2");
        body.put("occurredOn", "2024-10-01");
        body.put("description", "Seorang camat mengajak warga memilih calon tertentu saat rapat desa. "
                + UUID.randomUUID());
        body.put("reporter", new LinkedHashMap<>(Map.of("mode", "ANONYMOUS")));
        return body;
    }

    public static Map<String, Object> person(String name) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", name);
        person.put("agencyName", "Pemkab Pandeglang");
        person.put("positionClass", "FUNGSIONAL");
        return person;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> firstPerson(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("reportedPersons")).get(0);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> reporter(Map<String, Object> body) {
        return (Map<String, Object>) body.get("reporter");
    }

    public static String json(Object body) {
        return JSON.writeValueAsString(body);
    }
}
