// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import id.netra.reference.ReferenceKind;
import id.netra.reference.ReferenceMatch;
import id.netra.reference.ReferenceNames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finds regions, agencies and elections by the name people type ("Pandeg" finds Kabupaten Pandeglang). Served twice:
 * under /api/v1 for API clients, and under /reference for the pickers on pages, which call it with the signed-in
 * session (the API chain takes HTTP Basic only).
 */
@RestController
@Tag(name = "Referensi: pencarian", description = "Cari wilayah, instansi dan pemilihan menurut nama")
class ReferenceSearchController {

    private static final int MAX_RESULTS = 20;

    private final ReferenceNames names;

    ReferenceSearchController(ReferenceNames names) {
        this.names = names;
    }

    @GetMapping({"/api/v1/reference/search", "/reference/search"})
    @Operation(summary = "Cari menurut nama",
            description = "Awal nama, kata di dalam nama, singkatan atau kode; paling banyak 20 hasil, yang diawali teks lebih dulu.")
    List<ReferenceMatch> search(
            @Parameter(description = "region, agency atau election") @RequestParam String kind,
            @Parameter(description = "teks yang diketik, mis. Pandeg") @RequestParam(name = "q", required = false) String text,
            @Parameter(description = "jumlah hasil, 1–20") @RequestParam(defaultValue = "10") int limit) {
        ReferenceKind wanted = ReferenceKind.parse(kind)
                .orElseThrow(() -> QueryParameters.invalid("kind", "reference.param.choice", "kind",
                        "region, agency, election"));
        return names.search(wanted, text, Math.min(Math.max(limit, 1), MAX_RESULTS));
    }
}
