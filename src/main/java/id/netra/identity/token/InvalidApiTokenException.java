// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.token;

import org.springframework.security.core.AuthenticationException;

/**
 * A bearer token that does not authenticate: unknown, malformed, expired, revoked, or its owner's account disabled or
 * removed. One exception and one answer for all of them, so a caller learns nothing about which tokens exist.
 */
public class InvalidApiTokenException extends AuthenticationException {

    public InvalidApiTokenException() {
        super("invalid API token");
    }
}
