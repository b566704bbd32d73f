// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.web;

import id.netra.audit.chain.AuditEntry;
import id.netra.shared.TimeConfiguration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One row of the log table: the time in Western Indonesia Time, the hash shortened for reading. */
record AuditEntryView(long sequenceNumber, String occurredAt, String action, String subject, String actor,
        String details, String hash, String shortHash, String subjectLink, List<String> detailLines) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Pages a subject can be opened at; other subjects are shown as text. */
    private static final Map<String, String> SUBJECT_PAGES = Map.of("case", "/cases/", "report", "/intake/reports/",
            "user", "/admin/users/");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'WIB'")
            .withZone(TimeConfiguration.WIB);

    static AuditEntryView of(AuditEntry entry) {
        String subject = entry.subjectType() == null ? ""
                : entry.subjectType() + (entry.subjectId() == null ? "" : " " + entry.subjectId());
        String link = entry.subjectType() == null || entry.subjectId() == null ? null
                : SUBJECT_PAGES.containsKey(entry.subjectType())
                        ? SUBJECT_PAGES.get(entry.subjectType()) + entry.subjectId() : null;
        return new AuditEntryView(entry.sequenceNumber(), TIME.format(entry.occurredAt()), entry.action(), subject,
                entry.actor(), entry.details(), entry.hash(), entry.hash().substring(0, 12), link,
                lines(entry.details()));
    }

    /** The details as "key: value" lines, never raw JSON; text that is no JSON object is shown as it is. */
    static List<String> lines(String details) {
        if (details == null || details.isBlank() || "{}".equals(details.strip())) {
            return List.of();
        }
        try {
            JsonNode node = JSON.readTree(details);
            if (!node.isObject()) {
                return List.of(details);
            }
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                lines.add(field.getKey().replace('_', ' ') + ": "
                        + (value.isValueNode() ? value.asText() : value.toString()));
            }
            return lines;
        } catch (JacksonException notJson) {
            return List.of(details);
        }
    }
}
