// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import java.util.List;

/** Looks up active users, e.g. the PPK officers of an agency to notify of an escalation. */
public interface UserDirectory {

    List<UserContact> withRole(Role role);
}
