// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.web;

import id.netra.audit.chain.AuditEntry;
import id.netra.shared.TimeConfiguration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns stored audit entries into what the log page shows. The trail keeps stable codes (they are hashed); names come
 * from the message bundles at reading time: {@code audit.action.*} for actions, {@code audit.subject.*} for kinds of
 * object, {@code audit.detail.*} for detail fields, and the cases' and reports' own state names for state codes.
 */
@Component
class AuditEntryViews {

    /** The kinds of object the modules record, in the order the filter offers them. */
    static final List<String> SUBJECT_TYPES = List.of("case", "report", "evidence", "user", "address",
            "deadline-policy", "case-import", "published-figure", "boundary-file", "survey-theme", "survey-note",
            "audit-log");

    /** Pages an object can be opened at: a prefix the identifier is appended to, or a fixed page. */
    private static final Map<String, String> OBJECT_PAGES = Map.of("case", "/cases/", "report", "/intake/reports/",
            "user", "/admin/users/", "published-figure", "/admin/angka-terbitan/");
    private static final Map<String, String> LIST_PAGES = Map.of("deadline-policy", "/admin/deadline-policy",
            "boundary-file", "/admin/peta", "audit-log", "/admin/audit");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'WIB'")
            .withZone(TimeConfiguration.WIB);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern STATE_CODE = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");
    private static final Pattern TRANSITION = Pattern.compile("^\\s*(\\S+)\\s*->\\s*(\\S+)\\s*$");
    private static final Pattern PAIRS = Pattern.compile("^\\s*[A-Za-z]+=[^;,]*([;,]\\s*[A-Za-z]+=[^;,]*)*\\s*$");
    private static final int SHORT_ID = 8;
    private static final int HASH_SHOWN = 16;

    private final MessageSource messages;

    AuditEntryViews(MessageSource messages) {
        this.messages = messages;
    }

    AuditEntryView of(AuditEntry entry, Locale locale) {
        return new AuditEntryView(entry.sequenceNumber(), TIME.withLocale(locale).format(entry.occurredAt()),
                actionLabel(entry.action(), locale), entry.action(), subjectLabel(entry, locale), entry.subjectType(),
                entry.subjectId(), link(entry.subjectType(), entry.subjectId()), entry.actor(),
                lines(entry.subjectType(), entry.details(), locale), entry.hash(), entry.hash().substring(0, 12));
    }

    /** The action by name; an action without one reads as words rather than as a dotted code. */
    String actionLabel(String action, Locale locale) {
        String label = messages.getMessage("audit.action." + action, null, null, locale);
        if (label != null) {
            return label;
        }
        String words = action.replace('.', ' ').replace('-', ' ').trim();
        return words.isEmpty() ? action : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    String subjectTypeLabel(String type, Locale locale) {
        return messages.getMessage("audit.subject." + type, null, type, locale);
    }

    private String subjectLabel(AuditEntry entry, Locale locale) {
        if (entry.subjectType() == null) {
            return "";
        }
        String type = subjectTypeLabel(entry.subjectType(), locale);
        if (entry.subjectId() == null) {
            return type;
        }
        String id = entry.subjectId();
        // report and evidence identifiers are UUIDs: their start is enough to tell them apart on screen
        boolean uuid = id.length() == 36 && id.charAt(8) == '-';
        return type + " " + (uuid ? id.substring(0, SHORT_ID) + "…" : id);
    }

    static String link(String type, String id) {
        if (type == null) {
            return null;
        }
        if (id != null && OBJECT_PAGES.containsKey(type)) {
            return OBJECT_PAGES.get(type) + id;
        }
        return LIST_PAGES.get(type);
    }

    /** The details as "label: value" lines, never raw JSON; text that has no recognisable shape is shown as it is. */
    List<String> lines(String subjectType, String details, Locale locale) {
        if (details == null || details.isBlank() || "{}".equals(details.strip())) {
            return List.of();
        }
        Matcher transition = TRANSITION.matcher(details);
        if (transition.matches()) {
            return List.of(detailLabel("from", locale) + ": " + value(subjectType, transition.group(1), locale),
                    detailLabel("to", locale) + ": " + value(subjectType, transition.group(2), locale));
        }
        List<String> lines = new ArrayList<>();
        if (details.strip().startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(details);
                if (node.isObject()) {
                    for (Map.Entry<String, JsonNode> field : node.properties()) {
                        JsonNode value = field.getValue();
                        String text = value.isNull() ? "–" : value.isValueNode() ? value.asText() : value.toString();
                        lines.add(line(subjectType, field.getKey(), text, locale));
                    }
                    return lines;
                }
            } catch (JacksonException notJson) {
                // shown as text below
            }
        }
        if (PAIRS.matcher(details).matches()) {
            for (String pair : details.split("[;,]")) {
                int equals = pair.indexOf('=');
                lines.add(line(subjectType, pair.substring(0, equals).strip(), pair.substring(equals + 1).strip(),
                        locale));
            }
            return lines;
        }
        return List.of(value(subjectType, details, locale));
    }

    /** One "label: value" line; a hash is shortened (the CSV export keeps it whole). */
    private String line(String subjectType, String key, String text, Locale locale) {
        String shown = key.startsWith("sha") && text.length() > HASH_SHOWN ? text.substring(0, HASH_SHOWN) + "…"
                : value(subjectType, text, locale);
        return detailLabel(key, locale) + ": " + shown;
    }

    private String detailLabel(String key, Locale locale) {
        return messages.getMessage("audit.detail." + key, null, key.replace('_', ' '), locale);
    }

    /** State and status codes inside a value read by name: a case's states, a report's statuses. */
    private String value(String subjectType, String text, Locale locale) {
        Matcher codes = STATE_CODE.matcher(text);
        StringBuilder named = new StringBuilder();
        while (codes.find()) {
            codes.appendReplacement(named, Matcher.quoteReplacement(codeName(subjectType, codes.group(), locale)));
        }
        codes.appendTail(named);
        return named.toString();
    }

    private String codeName(String subjectType, String code, Locale locale) {
        List<String> keys = "report".equals(subjectType)
                ? List.of("intake.report-status." + code, "intake.outcome.level." + code, "audit.value." + code,
                        "case.state." + code)
                : List.of("case.state." + code, "case.letter." + code, "case.level." + code, "audit.value." + code,
                        "intake.report-status." + code);
        for (String key : keys) {
            String name = messages.getMessage(key, null, null, locale);
            if (name != null) {
                return name;
            }
        }
        return code;
    }
}
