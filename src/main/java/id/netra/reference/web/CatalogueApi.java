// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netra.reference.SanctionLevel;
import id.netra.reference.ViolationCategories;
import id.netra.reference.ViolationCategory;
import id.netra.reference.ViolationKind;
import id.netra.reference.catalogue.JdbcPositionCatalogue;
import id.netra.reference.catalogue.JdbcSanctionCatalogue;
import id.netra.reference.catalogue.JdbcViolationCatalogue;
import id.netra.reference.catalogue.SanctionEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "Referensi: katalog", description = "Bentuk pelanggaran SKB 2022, katalog sanksi berversi, kelas jabatan")
class CatalogueApi {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ViolationResponse(String code, ViolationKind kind, String description, String descriptionEn,
            SanctionLevel mappedLevel, String sanctionBasis, boolean levelUncertain, String levelNote,
            List<String> categories, String source, String sourceVersion) {
    }

    record PositionsResponse(List<JdbcPositionCatalogue.PositionClassEntry> positionClasses,
            List<JdbcPositionCatalogue.AreaHeadRoleEntry> areaHeadRoles,
            List<JdbcPositionCatalogue.EmploymentTypeEntry> employmentTypes) {
    }

    private final JdbcViolationCatalogue violations;
    private final ViolationCategories categories;
    private final JdbcSanctionCatalogue sanctions;
    private final JdbcPositionCatalogue positions;

    CatalogueApi(JdbcViolationCatalogue violations, ViolationCategories categories, JdbcSanctionCatalogue sanctions,
            JdbcPositionCatalogue positions) {
        this.violations = violations;
        this.categories = categories;
        this.sanctions = sanctions;
        this.positions = positions;
    }

    @GetMapping("/violations")
    @Operation(summary = "Bentuk pelanggaran netralitas",
            description = "19 bentuk SKB 2022 (KE-1..KE-7 kode etik, DS-1..DS-12 disiplin) dengan tingkat sanksinya.")
    List<ViolationResponse> violations() {
        return violations.entries().stream().map(form -> new ViolationResponse(form.code(), form.kind(),
                form.description(), form.descriptionEn(), form.mappedLevel(), form.sanctionBasis(),
                form.levelUncertain(), form.levelNote(),
                categories.containing(form.code()).stream().map(ViolationCategory::code).toList(),
                form.source(), form.sourceVersion())).toList();
    }

    @GetMapping("/violation-categories")
    @Operation(summary = "Kategori statistik pelanggaran", description = "Kategori yang dipakai statistik resmi, dengan bentuk SKB yang dihitungnya.")
    List<ViolationCategory> violationCategories() {
        return categories.all();
    }

    @GetMapping("/sanctions")
    @Operation(summary = "Katalog sanksi",
            description = "Semua sanksi menurut peraturan dan masa berlakunya; bisa disaring per katalog dan tanggal berlaku.")
    List<SanctionEntry> sanctions(
            @Parameter(description = "kunci katalog atau peraturan, mis. PP94-2021, PP 53/2010, PTDH, PPPK")
            @RequestParam(required = false) String regulation,
            @Parameter(description = "hanya yang berlaku pada tanggal ini (YYYY-MM-DD)")
            @RequestParam(required = false) String on) {
        List<SanctionEntry> found = sanctions.entries();
        if (QueryParameters.present(regulation)) {
            found = sanctions.catalogue(regulation);
            if (found.isEmpty()) {
                throw QueryParameters.invalid("regulation", "reference.param.choice", "regulation",
                        String.join(", ", sanctions.catalogueKeys()));
            }
        }
        if (QueryParameters.present(on)) {
            LocalDate date = QueryParameters.date("on", on);
            found = found.stream().filter(s -> s.toSanction().inForceOn(date)).toList();
        }
        return found;
    }

    @GetMapping("/positions")
    @Operation(summary = "Kelas jabatan dan jenis kepegawaian",
            description = "Tujuh kelas jabatan UU 20/2023, peran kepala wilayah (camat, lurah), dan PNS/CPNS/PPPK.")
    PositionsResponse positions() {
        return new PositionsResponse(positions.positionClasses(), positions.areaHeadRoles(), positions.employmentTypes());
    }
}
