// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import id.netra.cases.deadline.DeadlinePolicyAdministration;
import id.netra.cases.deadline.NewPolicyVersion;
import id.netra.cases.deadline.PolicyVersionView;
import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import id.netra.cases.domain.ElectionType;
import id.netra.cases.domain.RuleBasis;
import id.netra.identity.CurrentUserProvider;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Deadline policy versions for administrators: list, add one that starts in the future, withdraw one not started. */
@RestController
@RequestMapping("/api/v1/admin/deadline-policy")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Perkara: kebijakan batas waktu", description = "Versi kebijakan batas waktu tahapan perkara (khusus ADMIN)")
class DeadlinePolicyApiController {

    @Schema(description = "Versi baru dengan keempat tahap: berlaku mulai besok atau lebih lambat, atau mulai tanggal "
            + "yang sudah lewat dengan alasan tertulis (backdateReason) untuk mencatat hukum suatu periode")
    record NewVersionRequest(@Schema(example = "2031-01-01") LocalDate validFrom,
            @Schema(description = "PEMILU atau PILKADA; kosong untuk semua pemilihan") ElectionType electionType,
            @Schema(description = "wajib (minimal 20 karakter) bila validFrom tidak setelah hari ini")
            String backdateReason, List<StageRequest> stages) {

        NewPolicyVersion toDraft() {
            return new NewPolicyVersion(validFrom, electionType, backdateReason, stages == null ? List.of()
                    : stages.stream().map(s -> s == null ? null
                            : new NewPolicyVersion.StageDraft(s.stage(), s.amount(), s.unit(), s.source(),
                                    s.basis()))
                    .toList());
        }
    }

    record StageRequest(DeadlineStage stage, @Schema(minimum = "1", maximum = "365") Integer amount,
            DeadlineUnit unit, @Schema(description = "dasar hukum atau sumber angka") String source,
            @Schema(description = "STATUTE (peraturan), PROCEDURE (prosedur yang dipublikasikan) atau DEFAULT "
                    + "(nilai bawaan Netra); kosong: DEFAULT") RuleBasis basis) {
    }

    record WithdrawalRequest(
            @NotBlank(message = "{case.policy.withdraw.reason-required}")
            @Size(max = 2000, message = "{case.policy.withdraw.reason-too-long}") String reason) {
    }

    private final DeadlinePolicyAdministration policies;
    private final CurrentUserProvider users;

    DeadlinePolicyApiController(DeadlinePolicyAdministration policies, CurrentUserProvider users) {
        this.policies = policies;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Daftar versi kebijakan batas waktu",
            description = "Semua versi, terbaru dahulu, dengan status hari ini: IN_FORCE, FUTURE, SUPERSEDED, WITHDRAWN.")
    List<PolicyVersionView> list() {
        return policies.overview();
    }

    @PostMapping
    @Operation(summary = "Tambah versi kebijakan batas waktu",
            description = "Versi lengkap (keempat tahap, 1–365 hari kerja atau hari kalender, dengan sumber dan "
                    + "sifatnya) untuk satu jenis pemilihan atau semuanya, yang berlaku setelah hari ini, atau "
                    + "mundur tanggal dengan alasan tertulis yang tercatat di riwayat dan audit. Batas waktu yang "
                    + "sudah dihitung tidak berubah. 201 dengan versi baru; 400 isi tidak terbaca; 422 dengan errors "
                    + "per field bila aturan menolak.")
    ResponseEntity<PolicyVersionView> add(@RequestBody NewVersionRequest body) {
        int version = policies.add(body.toDraft(), users.require().username());
        return ResponseEntity.status(HttpStatus.CREATED).body(find(version));
    }

    @PostMapping("/{version}/withdraw")
    @Operation(summary = "Tarik versi yang belum berlaku",
            description = "Ditandai ditarik (siapa, kapan, mengapa), tidak dihapus. 422 bila versi sudah berlaku.")
    PolicyVersionView withdraw(@PathVariable int version, @Valid @RequestBody WithdrawalRequest body) {
        policies.withdraw(version, body.reason(), users.require().username());
        return find(version);
    }

    private PolicyVersionView find(int version) {
        return policies.overview().stream().filter(v -> v.version() == version).findFirst().orElseThrow();
    }
}
