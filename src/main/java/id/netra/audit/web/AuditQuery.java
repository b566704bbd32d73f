// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.web;

import id.netra.audit.chain.AuditFilter;
import id.netra.shared.TimeConfiguration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.StringUtils;

/**
 * The log page's filter as typed: dates are read here, not by Spring's binder, so that a date nobody can read
 * becomes a message next to the field instead of an error page. Dates are calendar days in Western Indonesia Time,
 * both ends included.
 */
record AuditQuery(String action, String actor, String type, String object, String from, String to) {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

    AuditQuery {
        action = trimmed(action);
        actor = trimmed(actor);
        type = trimmed(type);
        object = trimmed(object);
        from = trimmed(from);
        to = trimmed(to);
    }

    LocalDate fromDate() {
        return parse(from);
    }

    LocalDate toDate() {
        return parse(to);
    }

    /** What is wrong with the dates, by field; empty when both are readable and in order. */
    Map<String, MessageSourceResolvable> problems() {
        Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
        if (from != null && fromDate() == null) {
            problems.put("from", message("audit.filter.date.invalid", from));
        }
        if (to != null && toDate() == null) {
            problems.put("to", message("audit.filter.date.invalid", to));
        }
        if (problems.isEmpty() && fromDate() != null && toDate() != null && fromDate().isAfter(toDate())) {
            problems.put("to", message("audit.filter.date.order", from, to));
        }
        return problems;
    }

    boolean valid() {
        return problems().isEmpty();
    }

    /**
     * The filter for the database. A date that cannot be read is left out (its message says so); the rest of the
     * filter still applies.
     */
    AuditFilter filter() {
        LocalDate first = fromDate();
        LocalDate last = toDate();
        boolean ordered = first == null || last == null || !first.isAfter(last);
        return new AuditFilter(action, actor, type, object,
                first == null || !ordered ? null : first.atStartOfDay(TimeConfiguration.WIB).toInstant(),
                last == null || !ordered ? null : last.plusDays(1).atStartOfDay(TimeConfiguration.WIB).toInstant());
    }

    /** The filter as a query string ending in {@code &} (or empty), for the paging links and the export. */
    String queryString() {
        StringJoiner query = new StringJoiner("&", "", "&").setEmptyValue("");
        List<String[]> parts = new ArrayList<>();
        parts.add(new String[] {"from", from});
        parts.add(new String[] {"to", to});
        parts.add(new String[] {"actor", actor});
        parts.add(new String[] {"type", type});
        parts.add(new String[] {"object", object});
        parts.add(new String[] {"action", action});
        for (String[] part : parts) {
            if (part[1] != null) {
                query.add(part[0] + "=" + URLEncoder.encode(part[1], StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** For the audit entry an export leaves: what was exported. */
    String describe() {
        String query = queryString();
        return query.isEmpty() ? "(all)" : query.substring(0, query.length() - 1).replace("&", "; ");
    }

    private static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException next) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    private static MessageSourceResolvable message(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    private static String trimmed(String value) {
        return StringUtils.hasText(value) ? value.trim() : null;
    }
}
