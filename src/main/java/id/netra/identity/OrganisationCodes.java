// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

/**
 * Whether an agency or region code names something that exists, so that an account is never scoped to a code no case
 * carries (a PPK officer of a mistyped agency would see nothing, silently). Declared here and implemented by the
 * reference module, which depends on identity: identity cannot call reference without a dependency cycle.
 */
public interface OrganisationCodes {

    boolean agencyExists(String agencyCode);

    boolean regionExists(String regionCode);
}
