// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.token;

import id.netra.identity.account.NetraUserDetails;
import java.io.Serial;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated with a personal API token. The principal is the owner's {@link NetraUserDetails}, as after
 * a password sign-in, so every module reads the same roles and scope through {@code CurrentUserProvider}.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final NetraUserDetails owner;
    private final UUID tokenId;

    ApiTokenAuthentication(NetraUserDetails owner, UUID tokenId) {
        super(owner.getAuthorities());
        this.owner = owner;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public NetraUserDetails getPrincipal() {
        return owner;
    }

    public UUID tokenId() {
        return tokenId;
    }
}
