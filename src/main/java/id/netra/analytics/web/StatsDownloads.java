// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.web;

import id.netra.analytics.CaseStatistics;
import id.netra.analytics.StatsDimension;
import id.netra.analytics.StatsSummary;
import id.netra.identity.CurrentUserProvider;
import id.netra.shared.Decision;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** One summary table as a CSV or XLSX download: code, name, count and share, and the total. */
@Component
class StatsDownloads {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CaseStatistics statistics;
    private final CurrentUserProvider users;
    private final StatsRequest.Reference reference;
    private final MessageSource messages;

    StatsDownloads(CaseStatistics statistics, CurrentUserProvider users, StatsRequest.Reference reference,
            MessageSource messages) {
        this.statistics = statistics;
        this.users = users;
        this.reference = reference;
        this.messages = messages;
    }

    ResponseEntity<byte[]> summary(StatsRequest request, String groupBy, String format) {
        StatsDimension dimension = StatsRequest.dimension(groupBy);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (!xlsx && !"csv".equalsIgnoreCase(format)) {
            Decision.rejectField("format", "analytics.invalid.format", format).orThrow();
        }
        StatsSummary summary = statistics.summary(request.toFilter(reference), dimension, users.require());
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of(text("analytics.col.code", locale), text("analytics.col.name", locale),
                text("analytics.col.count", locale), text("analytics.col.share", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (StatsSummary.Group group : summary.groups()) {
            rows.add(List.of(group.key(), group.label(), group.count(), Math.round(group.share() * 10000) / 10000.0));
        }
        rows.add(List.of("", text("analytics.total", locale), summary.total(), summary.total() == 0 ? 0.0 : 1.0));
        String name = "statistik-" + dimension.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (xlsx ? ".xlsx" : ".csv");
        byte[] body = xlsx ? StatsExport.xlsx(text("analytics.dimension." + dimension.name(), locale), headers, rows)
                : StatsExport.csv(headers, rows);
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
