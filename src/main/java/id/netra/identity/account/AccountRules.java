// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.OrganisationCodes;
import id.netra.identity.Role;
import id.netra.shared.Decision;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What an administrator may do to accounts, as named policies returning a {@link Decision}. Field checks gather every
 * objection at once, each reason naming its field, so a form can show each next to its field.
 * <p>
 * Agency and region codes are checked for their shape here, and for existence by {@link #checkKnown} against
 * {@link OrganisationCodes}, which the reference module implements (it depends on identity, not the reverse).
 */
public final class AccountRules {

    public static final int USERNAME_MIN = 3;
    public static final int USERNAME_MAX = 40;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;
    public static final int DISPLAY_NAME_MAX = 200;
    public static final int EMAIL_MAX = 320;

    /** Starts with a letter or digit: the table's check constraint requires it. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** {@code PEMKAB-36.01}, {@code PEMPROV-36}, {@code BKN}, {@code KEMENDAGRI}. */
    private static final Pattern AGENCY = Pattern.compile("[A-Z][A-Z0-9]*(-[0-9]{2}(\\.[0-9]{2})?)?");
    /** idn-area-data codes: province {@code 36}, regency {@code 36.01}, district, village. */
    private static final Pattern REGION = Pattern.compile("[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?");
    private static final int AGENCY_MAX = 40;
    /** Names the system itself uses: the audit trail's actors, and the path of the new-account page. */
    private static final Set<String> RESERVED_USERNAMES = Set.of("new", "system", "anonymous");

    /** Everything wrong with a new account, each reason at its field; allowed when it may be opened. */
    public Decision checkNew(String username, AccountDetails details, String password, boolean generatePassword) {
        return Decision.all(checkUsername(username), checkDetails(details),
                generatePassword ? Decision.allow() : checkPassword(password));
    }

    public Decision checkUsername(String username) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            return Decision.rejectField("username", "identity.admin.username.required");
        }
        if (name.length() < USERNAME_MIN || name.length() > USERNAME_MAX) {
            return Decision.rejectField("username", "identity.admin.username.length", USERNAME_MIN, USERNAME_MAX);
        }
        if (!USERNAME.matcher(name).matches()) {
            return Decision.rejectField("username", "identity.admin.username.characters");
        }
        if (RESERVED_USERNAMES.contains(name)) {
            return Decision.rejectField("username", "identity.admin.username.reserved", name);
        }
        return Decision.allow();
    }

    public Decision checkPassword(String password) {
        if (password == null || password.isEmpty()) {
            return Decision.rejectField("password", "identity.admin.password.required");
        }
        if (password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            return Decision.rejectField("password", "identity.admin.password.length", PASSWORD_MIN, PASSWORD_MAX);
        }
        if (password.isBlank()) {
            return Decision.rejectField("password", "identity.admin.password.blank");
        }
        return Decision.allow();
    }

    /** Display name, e-mail, role and the scope codes that role needs: every reason at once. */
    public Decision checkDetails(AccountDetails details) {
        return Decision.all(checkDisplayName(details.displayName()), checkEmail(details.email()),
                details.role() == null ? Decision.rejectField("role", "identity.admin.role.required")
                        : checkScope(details.role(), details.agencyCode(), details.regionCode()));
    }

    Decision checkDisplayName(String displayName) {
        if (displayName == null) {
            return Decision.rejectField("displayName", "identity.admin.display-name.required");
        }
        if (displayName.length() > DISPLAY_NAME_MAX) {
            return Decision.rejectField("displayName", "identity.admin.display-name.length", DISPLAY_NAME_MAX);
        }
        return Decision.allow();
    }

    Decision checkEmail(String email) {
        if (email == null) {
            return Decision.rejectField("email", "identity.admin.email.required");
        }
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            return Decision.rejectField("email", "identity.admin.email.invalid");
        }
        return Decision.allow();
    }

    /**
     * The scope each role's access rules read: a PPK officer sees only their agency's cases (none without one), a
     * Bawaslu officer works in one region; supervisors may be limited to a region; the national roles ignore any
     * code, so one there would only mislead.
     */
    Decision checkScope(Role role, String agencyCode, String regionCode) {
        return Decision.all(checkCode("agencyCode", agencyCode, agencyNeed(role), AGENCY, role),
                checkCode("regionCode", regionCode, regionNeed(role), REGION, role));
    }

    /**
     * Codes of the right shape that name no agency or region: run once the shape checks passed, so a mistyped code
     * gets one clear message rather than two.
     */
    public Decision checkKnown(AccountDetails details, OrganisationCodes codes) {
        return Decision.all(
                details.agencyCode() == null || codes.agencyExists(details.agencyCode()) ? Decision.allow()
                        : Decision.rejectField("agencyCode", "identity.admin.agency.unknown", details.agencyCode()),
                details.regionCode() == null || codes.regionExists(details.regionCode()) ? Decision.allow()
                        : Decision.rejectField("regionCode", "identity.admin.region.unknown", details.regionCode()));
    }

    enum ScopeNeed { REQUIRED, OPTIONAL, NOT_USED }

    static ScopeNeed agencyNeed(Role role) {
        return role == Role.PPK_OFFICER ? ScopeNeed.REQUIRED : ScopeNeed.NOT_USED;
    }

    static ScopeNeed regionNeed(Role role) {
        return switch (role) {
            case BAWASLU_OFFICER -> ScopeNeed.REQUIRED;
            case PPK_OFFICER, SUPERVISOR -> ScopeNeed.OPTIONAL;
            case SATGAS_VERIFIER, BKN_OFFICER, ANALYST, ADMIN -> ScopeNeed.NOT_USED;
        };
    }

    private static Decision checkCode(String field, String code, ScopeNeed need, Pattern shape, Role role) {
        String kind = field.equals("agencyCode") ? "agency" : "region";
        if (code == null) {
            return need == ScopeNeed.REQUIRED
                    ? Decision.rejectField(field, "identity.admin." + kind + ".required-for-role", roleName(role))
                    : Decision.allow();
        }
        if (need == ScopeNeed.NOT_USED) {
            return Decision.rejectField(field, "identity.admin." + kind + ".not-used-by-role", roleName(role));
        }
        if (code.length() > AGENCY_MAX || !shape.matcher(code).matches()) {
            return Decision.rejectField(field, "identity.admin." + kind + ".shape");
        }
        return Decision.allow();
    }

    /** The role as people read it ("Petugas PPK"), resolved by the message source when the reason is worded. */
    private static MessageSourceResolvable roleName(Role role) {
        return new DefaultMessageSourceResolvable(new String[] {"identity.role." + role.name()}, role.name());
    }

    /** Nobody locks themselves out, and the system always keeps an active administrator. */
    public Decision mayDeactivate(String actor, UserAccount target, long activeAdmins) {
        if (!target.enabled()) {
            return Decision.reject("identity.admin.already-deactivated");
        }
        if (target.username().equals(actor)) {
            return Decision.reject("identity.admin.self-deactivation");
        }
        if (isActiveAdmin(target) && activeAdmins <= 1) {
            return Decision.reject("identity.admin.last-admin");
        }
        return Decision.allow();
    }

    public Decision mayReactivate(UserAccount target) {
        return target.enabled() ? Decision.reject("identity.admin.already-active") : Decision.allow();
    }

    /** Taking ADMIN away from the last active administrator would leave nobody to manage accounts. */
    public Decision mayChangeRole(UserAccount target, Role newRole, long activeAdmins) {
        if (newRole != Role.ADMIN && isActiveAdmin(target) && activeAdmins <= 1) {
            return Decision.rejectField("role", "identity.admin.last-admin");
        }
        return Decision.allow();
    }

    private static boolean isActiveAdmin(UserAccount account) {
        return account.enabled() && account.roles().contains(Role.ADMIN);
    }
}
