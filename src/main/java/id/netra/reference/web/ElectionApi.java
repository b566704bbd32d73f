// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.netra.reference.ElectionPhase;
import id.netra.reference.election.ElectionEntry;
import id.netra.reference.election.JdbcElectionDirectory;
import id.netra.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/elections")
@Tag(name = "Referensi: pemilihan", description = "Pemilu dan Pilkada dengan tahapan dan wilayah pesertanya")
class ElectionApi {

    /** @param participantCount how many regions are listed; see participantsComplete before reading absence as "no" */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ElectionResponse(String code, String name, String nameEn, String type, LocalDate votingDay,
            String scopeNote, List<ElectionPhase> phases, int participantCount, boolean participantsComplete,
            String participantsNote, String source) {

        static ElectionResponse of(ElectionEntry e) {
            return new ElectionResponse(e.code(), e.name(), e.nameEn(), e.type(), e.votingDay(), e.scopeNote(),
                    e.phases(), e.participants().size(), e.participantsComplete(), e.participantsNote(), e.source());
        }
    }

    private final JdbcElectionDirectory elections;

    ElectionApi(JdbcElectionDirectory elections) {
        this.elections = elections;
    }

    @GetMapping
    @Operation(summary = "Daftar pemilihan", description = "Semua Pemilu dan Pilkada dengan tahapan, urut hari pemungutan suara.")
    List<ElectionResponse> list() {
        return elections.entries().stream().map(ElectionResponse::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Satu pemilihan", description = "Pemilihan dengan kode, mis. PILKADA-2024; 404 bila tidak ada.")
    ElectionResponse find(@PathVariable String code) {
        return elections.entry(code).map(ElectionResponse::of)
                .orElseThrow(() -> new NotFoundException("election " + code));
    }
}
