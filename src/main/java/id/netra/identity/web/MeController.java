// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.identity.Role;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the signed-in user's roles and scope, so clients can tailor what they offer. */
@RestController
class MeController {

    private final CurrentUserProvider users;

    MeController(CurrentUserProvider users) {
        this.users = users;
    }

    @GetMapping("/api/v1/me")
    MeResponse me() {
        CurrentUser user = users.require();
        return new MeResponse(user.username(), users.currentDisplayName().orElse(user.username()),
                user.roles().stream().sorted().toList(), user.agencyCode(), user.regionCode());
    }

    /** {@code agencyCode}/{@code regionCode} are {@code null} when the user is not limited to one. */
    record MeResponse(String username, String displayName, List<Role> roles, String agencyCode, String regionCode) {
    }
}
