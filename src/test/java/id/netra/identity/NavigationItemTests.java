// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.netra.testing.TestUsers;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NavigationItemTests {

    private static final Optional<CurrentUser> ANONYMOUS = Optional.empty();
    private static final Optional<CurrentUser> ANALYST = Optional.of(TestUsers.ANALYST.currentUser());
    private static final Optional<CurrentUser> ADMIN = Optional.of(TestUsers.ADMIN.currentUser());

    @Test
    void everyoneItem_isVisibleToAnonymousAndSignedIn() {
        NavigationItem item = NavigationItem.forEveryone("x.nav", null, "/x", 1);
        assertThat(item.visibleTo(ANONYMOUS)).isTrue();
        assertThat(item.visibleTo(ANALYST)).isTrue();
    }

    @Test
    void signedInItem_isHiddenFromAnonymous() {
        NavigationItem item = NavigationItem.forSignedIn("x.nav", null, "/x", 1);
        assertThat(item.visibleTo(ANONYMOUS)).isFalse();
        assertThat(item.visibleTo(ANALYST)).isTrue();
    }

    @Test
    void roleItem_isVisibleOnlyWithOneOfItsRoles() {
        NavigationItem item = NavigationItem.forRoles("x.nav", null, "/x", 1, Role.ADMIN, Role.SUPERVISOR);
        assertThat(item.visibleTo(ADMIN)).isTrue();
        assertThat(item.visibleTo(ANALYST)).isFalse();
        assertThat(item.visibleTo(ANONYMOUS)).isFalse();
    }

    @Test
    void roleItemWithoutRoles_isRejected() {
        assertThatThrownBy(() -> NavigationItem.forRoles("x.nav", null, "/x", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
