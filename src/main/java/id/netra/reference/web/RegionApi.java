// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import id.netra.reference.ProvinceLocations;
import id.netra.reference.RegionLevel;
import id.netra.reference.region.JdbcRegionDirectory;
import id.netra.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Referensi: wilayah", description = "Provinsi dan kabupaten/kota (kode Kemendagri, idn-area-data, ODbL)")
class RegionApi {

    private final JdbcRegionDirectory regions;
    private final ProvinceLocations locations;

    RegionApi(JdbcRegionDirectory regions, ProvinceLocations locations) {
        this.regions = regions;
        this.locations = locations;
    }

    @GetMapping
    @Operation(summary = "Daftar wilayah", description = "Semua wilayah saat ini, bisa disaring per tingkat dan provinsi.")
    List<RegionResponse> list(
            @Parameter(description = "province atau regency") @RequestParam(required = false) String level,
            @Parameter(description = "kode provinsi, mis. 36") @RequestParam(required = false) String provinceCode) {
        RegionLevel wanted = QueryParameters.present(level) ? level(level) : null;
        return regions.entries().stream()
                .filter(region -> wanted == null || region.level() == wanted)
                .filter(region -> !QueryParameters.present(provinceCode) || region.provinceCode().equals(provinceCode.trim()))
                .map(region -> RegionResponse.of(region, locations.find(region.code()).orElse(null)))
                .toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Satu wilayah", description = "Wilayah dengan kode Kemendagri, mis. 36 atau 36.01; 404 bila tidak ada.")
    RegionResponse find(@PathVariable String code) {
        return regions.entry(code)
                .map(region -> RegionResponse.of(region, locations.find(region.code()).orElse(null)))
                .orElseThrow(() -> new NotFoundException("region " + code));
    }

    private static RegionLevel level(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "province" -> RegionLevel.PROVINCE;
            case "regency" -> RegionLevel.REGENCY;
            default -> throw QueryParameters.invalid("level", "reference.param.level");
        };
    }
}
