// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import id.netra.reference.AgencyType;
import id.netra.reference.agency.AgencyEntry;
import id.netra.reference.agency.JdbcAgencyDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Referensi: instansi", description = "Instansi pemerintah pusat dan daerah beserta PPK-nya")
class AgencyApi {

    private final JdbcAgencyDirectory agencies;

    AgencyApi(JdbcAgencyDirectory agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(summary = "Daftar instansi",
            description = "Semua instansi, atau yang berada di suatu wilayah (kode provinsi mencakup kabupaten/kotanya).")
    List<AgencyResponse> list(
            @Parameter(description = "kode wilayah, mis. 36 atau 36.01") @RequestParam(required = false) String regionCode,
            @Parameter(description = "jenis instansi, mis. PEMKAB atau KEMENTERIAN") @RequestParam(required = false) String type) {
        AgencyType wantedType = QueryParameters.present(type) ? type(type) : null;
        List<AgencyEntry> found = QueryParameters.present(regionCode)
                ? agencies.entriesInRegion(regionCode.trim()) : agencies.entries();
        return found.stream().filter(agency -> wantedType == null || agency.type() == wantedType)
                .map(AgencyResponse::of).toList();
    }

    private static AgencyType type(String value) {
        try {
            return AgencyType.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QueryParameters.invalid("type", "reference.param.choice", "type",
                    String.join(", ", Arrays.stream(AgencyType.values()).map(Enum::name).toList()));
        }
    }
}
