// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.web;

import id.netra.analytics.CaseStatistics;
import id.netra.analytics.StatsCompliance;
import id.netra.analytics.StatsDashboard;
import id.netra.analytics.StatsDimension;
import id.netra.analytics.StatsFunnel;
import id.netra.analytics.StatsSeries;
import id.netra.analytics.StatsSummary;
import id.netra.identity.CurrentUserProvider;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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


    private final CaseStatistics statistics;
    private final CurrentUserProvider users;
    private final StatsRequest.Reference reference;
    private final StatsDownloads downloads;

    StatsApiController(CaseStatistics statistics, CurrentUserProvider users, StatsRequest.Reference reference,
            StatsDownloads downloads) {
        this.statistics = statistics;
        this.users = users;
        this.reference = reference;
        this.downloads = downloads;
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

    @GetMapping("/dashboard")
    @Operation(summary = "Semua panel dasbor sekaligus", description = "Ringkasan untuk setiap groupBy yang diminta "
            + "(dipisah koma; bawaan: category, position, province, agency, phase, election, sanctionLevel, "
            + "outcome, violation), corong, kepatuhan PPK dan deret mingguan, dengan filter dan cakupan yang sama "
            + "seperti endpoint masing-masing, dihitung dalam satu pembacaan rollup.")
    DashboardResponse dashboard(@ModelAttribute StatsRequest request,
            @Parameter(description = "Dimensi pengelompokan, dipisah koma") @RequestParam(required = false)
            List<String> groupBy) {
        List<StatsDimension> dimensions = groupBy == null || groupBy.isEmpty() ? DEFAULT_PANELS
                : groupBy.stream().map(StatsRequest::dimension).distinct().toList();
        StatsDashboard dashboard = statistics.dashboard(request.toFilter(reference), dimensions, users.require());
        Map<String, StatsSummary> summaries = new LinkedHashMap<>();
        dashboard.summaries().forEach((dimension, summary) -> summaries.put(apiName(dimension), summary));
        return new DashboardResponse(summaries, dashboard.funnel(), dashboard.compliance(), dashboard.weekly());
    }

    /** The dashboard's panels keyed by their {@code groupBy} name. */
    record DashboardResponse(Map<String, StatsSummary> summaries, StatsFunnel funnel, StatsCompliance compliance,
            StatsSeries weekly) {
    }

    private static final List<StatsDimension> DEFAULT_PANELS = List.of(StatsDimension.CATEGORY,
            StatsDimension.POSITION, StatsDimension.PROVINCE, StatsDimension.AGENCY, StatsDimension.PHASE,
            StatsDimension.ELECTION, StatsDimension.SANCTION_LEVEL, StatsDimension.OUTCOME, StatsDimension.VIOLATION);

    /** {@code SANCTION_LEVEL} as the API spells it: {@code sanctionLevel}. */
    static String apiName(StatsDimension dimension) {
        String[] words = dimension.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    @GetMapping("/summary/export")
    @Operation(summary = "Tabel ringkasan sebagai CSV atau XLSX", description = "Kolom: kode, nama, jumlah, proporsi.")
    ResponseEntity<byte[]> export(@ModelAttribute StatsRequest request,
            @RequestParam(defaultValue = "category") String groupBy,
            @Parameter(description = "csv atau xlsx") @RequestParam(defaultValue = "csv") String format) {
        return downloads.summary(request, groupBy, format);
    }

}
