// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import id.netra.shared.Decision;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with reports. Handlers are Bawaslu officers (for regions in their scope), Satgas verifiers and BKN
 * officers (everywhere) and administrators. A PPK officer reads the evidence of reports that name someone of their
 * own agency, because the PPK decides on those cases, but never the report thread or the reporter.
 * <p>
 * Identity custody: a confidential reporter's identity opens only for {@link #CUSTODIANS}, the national verifiers
 * who may need to hear the reporter as a witness. Administrators run the system, not cases, and are deliberately not
 * custodians; Bawaslu officers reach the reporter through the message thread. An open reporter's identity opens for
 * every handler of the report. Each opening is audited with its reason.
 */
public final class ReportAccessPolicy {

    public static final Set<Role> NATIONAL_HANDLERS = EnumSet.of(Role.SATGAS_VERIFIER, Role.BKN_OFFICER, Role.ADMIN);
    public static final Set<Role> CUSTODIANS = EnumSet.of(Role.SATGAS_VERIFIER, Role.BKN_OFFICER);

    /** May see the report list at all (each row is still scoped). */
    public boolean mayList(CurrentUser user) {
        return NATIONAL_HANDLERS.stream().anyMatch(user::has) || user.has(Role.BAWASLU_OFFICER);
    }

    /**
     * The region prefix a user's list is limited to, or {@code null} for no limit. Only Bawaslu officers without a
     * national role are limited.
     */
    public String listScope(CurrentUser user) {
        return NATIONAL_HANDLERS.stream().anyMatch(user::has) ? null : user.regionCode();
    }

    public Decision mayHandle(CurrentUser user, String reportRegion) {
        if (NATIONAL_HANDLERS.stream().anyMatch(user::has)) {
            return Decision.allow();
        }
        if (user.has(Role.BAWASLU_OFFICER) && user.coversRegion(reportRegion)) {
            return Decision.allow();
        }
        return Decision.reject("intake.access.not-handler");
    }

    public Decision mayReadEvidence(CurrentUser user, String reportRegion, Collection<String> namedAgencies) {
        if (mayHandle(user, reportRegion).allowed()) {
            return Decision.allow();
        }
        if (user.has(Role.PPK_OFFICER) && user.agencyCode() != null && namedAgencies.contains(user.agencyCode())) {
            return Decision.allow();
        }
        return Decision.reject("intake.access.not-handler");
    }

    public Decision mayOpenIdentity(CurrentUser user, String reportRegion, ReporterMode mode) {
        if (!mode.keepsIdentity()) {
            return Decision.reject("intake.identity.none-kept");
        }
        if (!mayHandle(user, reportRegion).allowed()) {
            return Decision.reject("intake.access.not-handler");
        }
        if (mode == ReporterMode.OPEN || CUSTODIANS.stream().anyMatch(user::has)) {
            return Decision.allow();
        }
        return Decision.reject("intake.identity.not-custodian");
    }

    /** Bulk imports from other systems are national work: Satgas, BKN and administrators. */
    public boolean mayImport(CurrentUser user) {
        return NATIONAL_HANDLERS.stream().anyMatch(user::has);
    }

    public Decision mayRegisterFinding(CurrentUser user, String regionCode) {
        if (!user.has(Role.BAWASLU_OFFICER)) {
            return Decision.reject("intake.finding.not-bawaslu");
        }
        return user.coversRegion(regionCode) ? Decision.allow()
                : Decision.reject("intake.finding.outside-scope", user.regionCode());
    }
}
