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

    @GetMapping("/summary/export")
    @Operation(summary = "Tabel ringkasan sebagai CSV atau XLSX", description = "Kolom: kode, nama, jumlah, proporsi.")
    ResponseEntity<byte[]> export(@ModelAttribute StatsRequest request,
            @RequestParam(defaultValue = "category") String groupBy,
            @Parameter(description = "csv atau xlsx") @RequestParam(defaultValue = "csv") String format) {
        return downloads.summary(request, groupBy, format);
    }

}
