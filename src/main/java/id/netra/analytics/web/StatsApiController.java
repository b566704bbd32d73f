// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.web;

import id.netra.analytics.CaseStatistics;
import id.netra.analytics.StatsCompliance;
import id.netra.analytics.StatsDimension;
import id.netra.analytics.StatsFunnel;
import id.netra.analytics.StatsSeries;
import id.netra.analytics.StatsSummary;
import id.netra.identity.CurrentUserProvider;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's figures: Netra's own case-level counts within the caller's scope. Every endpoint takes the same
 * filters, in any combination; an unknown code or an impossible date answers 422 with a reason per field.
 */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "Statistik kasus", description = "Jumlah dan proporsi kasus netralitas ASN dari data tingkat kasus "
        + "(bukan angka publikasi instansi), dalam cakupan pengguna")
class StatsApiController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CaseStatistics statistics;
    private final CurrentUserProvider users;
    private final StatsRequest.Reference reference;
    private final MessageSource messages;

    StatsApiController(CaseStatistics statistics, CurrentUserProvider users, StatsRequest.Reference reference,
            MessageSource messages) {
        this.statistics = statistics;
        this.users = users;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/summary")
    @Operation(summary = "Jumlah dan proporsi per dimensi", description = "groupBy: category, violation, position, "
            + "province, regency, agency, election, phase, sanctionLevel, outcome. share adalah pecahan dari total "
            + "(0..1). Kasus yang nilainya belum dicatat menjadi kelompok UNKNOWN. Filter tanggal (from, to: "
            + "yyyy-MM-dd, tanggal laporan) dihitung per minggu penuh (Senin-Minggu). Filter: election, region "
            + "(provinsi 36 atau kabupaten/kota 36.01), agency, position, areaHead (true/false), employment "
            + "(PNS/CPNS/PPPK), category, phase (PRE_CAMPAIGN, CAMPAIGN, QUIET_PERIOD, VOTING, RECAPITULATION).")
    StatsSummary summary(@ModelAttribute StatsRequest request,
            @Parameter(description = "Dimensi pengelompokan") @RequestParam(defaultValue = "category")
            String groupBy) {
        StatsDimension dimension = StatsRequest.dimension(groupBy);
        return statistics.summary(request.toFilter(reference), dimension, users.require());
    }

    @GetMapping("/funnel")
    @Operation(summary = "Corong penanganan", description = "Dilaporkan → diteruskan Bawaslu → terbukti dan "
            + "direkomendasikan → dijatuhi sanksi oleh PPK; setiap tahap menghitung kasus yang mencapainya.")
    StatsFunnel funnel(@ModelAttribute StatsRequest request) {
        return statistics.funnel(request.toFilter(reference), users.require());
    }

    @GetMapping("/compliance")
    @Operation(summary = "Kepatuhan PPK", description = "Proporsi rekomendasi yang diputus PPK dan median hari "
            + "kalender dari rekomendasi sampai keputusan.")
    StatsCompliance compliance(@ModelAttribute StatsRequest request) {
        return statistics.compliance(request.toFilter(reference), users.require());
    }

    @GetMapping("/weekly")
    @Operation(summary = "Deret mingguan", description = "Jumlah laporan per minggu (Senin) beserta tahapan "
            + "pemilihan bila satu pemilihan dipilih.")
    StatsSeries weekly(@ModelAttribute StatsRequest request) {
        return statistics.weekly(request.toFilter(reference), users.require());
    }

    @GetMapping("/summary/export")
    @Operation(summary = "Tabel ringkasan sebagai CSV atau XLSX", description = "Kolom: kode, nama, jumlah, proporsi.")
    ResponseEntity<byte[]> export(@ModelAttribute StatsRequest request,
            @RequestParam(defaultValue = "category") String groupBy,
            @Parameter(description = "csv atau xlsx") @RequestParam(defaultValue = "csv") String format) {
        StatsDimension dimension = StatsRequest.dimension(groupBy);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (!xlsx && !"csv".equalsIgnoreCase(format)) {
            id.netra.shared.Decision.rejectField("format", "analytics.invalid.format", format).orThrow();
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
        String name = "statistik-" + groupBy.toLowerCase(Locale.ROOT) + (xlsx ? ".xlsx" : ".csv");
        byte[] body = xlsx ? StatsExport.xlsx(text("analytics.dimension." + dimension.name(), locale), headers, rows)
                : StatsExport.csv(headers, rows);
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
