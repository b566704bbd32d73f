// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.CurrentUserProvider;
import id.netra.identity.token.ApiTokenView;
import id.netra.identity.token.ApiTokens;
import id.netra.identity.token.NewApiToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens over HTTP: each user manages their own under {@code /api/v1/me/tokens}; administrators list and
 * revoke anyone's under {@code /api/v1/admin/users/{username}/tokens}. The same rules as the "Token API" section of
 * the account page.
 */
@RestController
@Tag(name = "Identitas: token API", description = "Token API pribadi untuk skrip dan sistem lain: kirim "
        + "Authorization: Bearer <token> sebagai pengganti kata sandi. Token membawa peran dan cakupan pemiliknya.")
class ApiTokenApiController {

    @Schema(description = "Token baru.")
    record CreateTokenRequest(
            @Schema(example = "Rekap harian SIMPEG", description = "nama untuk mengenali token, 1–100 karakter")
            String name,
            @Schema(example = "90", description = "masa berlaku dalam hari, 1–365; bawaan 90")
            Integer expiresInDays) {
    }

    private final ApiTokens tokens;
    private final CurrentUserProvider users;

    ApiTokenApiController(ApiTokens tokens, CurrentUserProvider users) {
        this.tokens = tokens;
        this.users = users;
    }

    @GetMapping("/api/v1/me/tokens")
    @Operation(summary = "Token API saya", description = "Semua token milik pengguna, terbaru dahulu, termasuk yang "
            + "kedaluwarsa atau dicabut. Rahasia token tidak pernah ditampilkan; prefix cukup untuk mengenalinya.")
    List<ApiTokenView> mine() {
        return tokens.list(me());
    }

    @PostMapping("/api/v1/me/tokens")
    @Operation(summary = "Buat token API", description = "201 dengan token; secret hanya ada di jawaban ini dan "
            + "tidak dapat ditampilkan lagi (Netra hanya menyimpan hash SHA-256-nya). 422 dengan errors per field "
            + "(name, expiresInDays), juga bila permintaan ini sendiri memakai token: token baru memerlukan kata "
            + "sandi.")
    ResponseEntity<NewApiToken> create(@RequestBody CreateTokenRequest body) {
        NewApiToken created = tokens.create(me(), body.name(), body.expiresInDays());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @DeleteMapping("/api/v1/me/tokens/{id}")
    @Operation(summary = "Cabut token API", description = "Token langsung tidak berlaku; tetap tercantum sebagai "
            + "dicabut. 404 bila bukan token milik pengguna.")
    ApiTokenView revoke(@PathVariable UUID id) {
        return tokens.revoke(me(), id, me());
    }

    @GetMapping("/api/v1/admin/users/{username}/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Token API seorang pengguna", description = "Khusus ADMIN. 404 bila akun tidak ada.")
    List<ApiTokenView> ofUser(@PathVariable String username) {
        return tokens.list(username);
    }

    @DeleteMapping("/api/v1/admin/users/{username}/tokens/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Cabut token API seorang pengguna", description = "Khusus ADMIN; tercatat di log audit "
            + "atas nama administrator.")
    ApiTokenView revokeOfUser(@PathVariable String username, @PathVariable UUID id) {
        return tokens.revoke(username, id, me());
    }

    private String me() {
        return users.require().username();
    }
}
