// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

import java.util.List;

/**
 * A policy's {@link Decision.Rejected rejection} on its way to the client: 422 problem+json with every reason under
 * {@code errors}, or form errors on a page.
 */
public class PolicyRejectedException extends RuntimeException {

    private final transient Decision.Rejected rejection;

    public PolicyRejectedException(Decision.Rejected rejection) {
        super(rejection.first().messageKey());
        this.rejection = rejection;
    }

    public Decision.Rejected rejection() {
        return rejection;
    }

    public List<Decision.Reason> reasons() {
        return rejection.reasons();
    }
}
