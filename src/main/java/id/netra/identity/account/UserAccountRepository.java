// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Live (not removed) accounts only: the entity's restriction hides soft-deleted rows. */
interface UserAccountRepository extends Repository<UserAccount, UUID> {

    UserAccount save(UserAccount account);

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findAllByOrderByUsername();

    @Query("select distinct u from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.username")
    List<UserAccount> findEnabledWithRole(Role role);
}
