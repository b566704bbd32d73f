// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.CurrentUserProvider;
import id.netra.identity.Role;
import id.netra.identity.account.AccountAdministration;
import id.netra.identity.account.AccountDetails;
import id.netra.identity.account.AccountFilter;
import id.netra.identity.account.AccountSecret;
import id.netra.identity.account.AccountView;
import id.netra.shared.Decision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Account administration over HTTP, the same rules as the {@code /admin/users} page. */
@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Identitas: akun pengguna", description = "Pengelolaan akun staf (khusus ADMIN)")
class AccountApiController {

    @Schema(description = "Akun baru. Kode instansi wajib untuk PPK_OFFICER, kode wilayah wajib untuk "
            + "BAWASLU_OFFICER (opsional untuk PPK_OFFICER dan SUPERVISOR); peran nasional tanpa kode.")
    record CreateAccountRequest(@Schema(example = "budi.santoso", description = "3–40 karakter: a-z, 0-9, titik, "
            + "tanda hubung") String username, String displayName, String email, Role role,
            @Schema(example = "PEMKAB-36.01") String agencyCode, @Schema(example = "36.01") String regionCode,
            @Schema(description = "minimal 12 karakter; abaikan bila generatePassword") String password,
            @Schema(description = "true: Netra membuat kata sandi dan mengembalikannya sekali ini saja")
            Boolean generatePassword) {
    }

    record UpdateAccountRequest(String displayName, String email, Role role, String agencyCode, String regionCode,
            @Schema(description = "versi dari GET; bila akun telah berubah sejak itu, jawabannya 409") Long version) {
    }

    record PasswordRequest(String password, Boolean generatePassword) {
    }

    private final AccountAdministration accounts;
    private final CurrentUserProvider users;

    AccountApiController(AccountAdministration accounts, CurrentUserProvider users) {
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Daftar akun", description = "Semua akun, termasuk yang dinonaktifkan, dengan saringan "
            + "opsional. q mencari di nama pengguna, nama tampilan dan e-mail.")
    List<AccountView> list(@RequestParam(required = false) Role role,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String region,
            @RequestParam(required = false) AccountFilter.Status status,
            @RequestParam(required = false) @Parameter(description = "teks yang dicari") String q,
            @RequestParam(required = false) AccountFilter.Sort sort,
            @RequestParam(defaultValue = "false") boolean desc) {
        return accounts.list(new AccountFilter(role, agency, region, status, q, sort, desc));
    }

    @GetMapping("/{username}")
    @Operation(summary = "Satu akun", description = "404 bila tidak ada.")
    AccountView get(@PathVariable String username) {
        return accounts.get(username);
    }

    @PostMapping
    @Operation(summary = "Buat akun", description = "201 dengan akun; generatedPassword hanya ada bila diminta dan "
            + "hanya di jawaban ini. 409 bila nama pengguna sudah dipakai; 422 dengan errors per field.")
    ResponseEntity<AccountSecret> create(@RequestBody CreateAccountRequest body) {
        AccountSecret created = accounts.create(body.username(), details(body.displayName(), body.email(),
                body.role(), body.agencyCode(), body.regionCode()), body.password(),
                Boolean.TRUE.equals(body.generatePassword()), actor());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @PutMapping("/{username}")
    @Operation(summary = "Ubah akun", description = "Nama tampilan, e-mail, peran, kode instansi/wilayah. 409 bila "
            + "version tidak lagi sama; 422 dengan errors per field, juga bila administrator aktif terakhir akan "
            + "kehilangan peran ADMIN.")
    AccountView update(@PathVariable String username, @RequestBody UpdateAccountRequest body) {
        if (body.version() == null) {
            Decision.rejectField("version", "identity.admin.version.required").orThrow();
        }
        return accounts.update(username, details(body.displayName(), body.email(), body.role(), body.agencyCode(),
                body.regionCode()), body.version(), actor());
    }

    @PostMapping("/{username}/deactivate")
    @Operation(summary = "Nonaktifkan akun", description = "Akun tetap tercatat tetapi tidak dapat masuk. 422 untuk "
            + "akun sendiri atau administrator aktif terakhir.")
    AccountView deactivate(@PathVariable String username) {
        return accounts.deactivate(username, actor());
    }

    @PostMapping("/{username}/reactivate")
    @Operation(summary = "Aktifkan kembali akun")
    AccountView reactivate(@PathVariable String username) {
        return accounts.reactivate(username, actor());
    }

    @PostMapping("/{username}/reset-password")
    @Operation(summary = "Atur ulang kata sandi", description = "Kata sandi baru (minimal 12 karakter) atau "
            + "generatePassword=true; generatedPassword hanya ada di jawaban ini.")
    AccountSecret resetPassword(@PathVariable String username, @RequestBody PasswordRequest body) {
        return accounts.resetPassword(username, body.password(), Boolean.TRUE.equals(body.generatePassword()),
                actor());
    }

    private String actor() {
        return users.require().username();
    }

    private static AccountDetails details(String displayName, String email, Role role, String agency,
            String region) {
        return new AccountDetails(displayName, email, role, agency, region);
    }
}
