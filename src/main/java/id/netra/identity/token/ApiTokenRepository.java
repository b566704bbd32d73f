// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.token;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, UUID> {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findByIdAndUserId(UUID id, UUID userId);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);
}
