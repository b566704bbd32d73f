// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import java.util.Optional;

/** Who is calling: empty for anonymous public requests. */
public interface CurrentUserProvider {

    Optional<CurrentUser> current();

    /** The signed-in user; throws {@link org.springframework.security.access.AccessDeniedException} if anonymous. */
    CurrentUser require();

    /** The name to greet the signed-in user with; the username where no display name is known. */
    default Optional<String> currentDisplayName() {
        return current().map(CurrentUser::username);
    }
}
