// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import id.netra.identity.Role;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which accounts to list and in what order. Every criterion is optional; {@code text} matches username, display name
 * and e-mail, ignoring case.
 */
public record AccountFilter(Role role, String agencyCode, String regionCode, Status status, String text, Sort sort,
        boolean descending) {

    public enum Status { ACTIVE, DEACTIVATED }

    public enum Sort {
        USERNAME(Comparator.comparing(AccountView::username)),
        DISPLAY_NAME(Comparator.comparing(AccountView::displayName, String.CASE_INSENSITIVE_ORDER)),
        EMAIL(Comparator.comparing(AccountView::email, String.CASE_INSENSITIVE_ORDER)),
        ROLE(Comparator.comparing(AccountView::role, Comparator.nullsLast(Comparator.naturalOrder()))),
        AGENCY(Comparator.comparing(AccountView::agencyCode, Comparator.nullsLast(Comparator.naturalOrder()))),
        REGION(Comparator.comparing(AccountView::regionCode, Comparator.nullsLast(Comparator.naturalOrder()))),
        STATUS(Comparator.comparing(AccountView::active)),
        LAST_SIGN_IN(Comparator.comparing(AccountView::lastSignedInAt,
                Comparator.nullsFirst(Comparator.naturalOrder())));

        private final Comparator<AccountView> order;

        Sort(Comparator<AccountView> order) {
            this.order = order;
        }
    }

    public AccountFilter {
        agencyCode = AccountDetails.trimmed(agencyCode);
        regionCode = AccountDetails.trimmed(regionCode);
        text = AccountDetails.trimmed(text);
        sort = sort == null ? Sort.USERNAME : sort;
    }

    public static AccountFilter all() {
        return new AccountFilter(null, null, null, null, null, Sort.USERNAME, false);
    }

    Predicate<AccountView> predicate() {
        String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
        return account -> (role == null || account.roles().contains(role))
                && (agencyCode == null || agencyCode.equalsIgnoreCase(String.valueOf(account.agencyCode())))
                && (regionCode == null || regionCode.equals(account.regionCode())
                        || (account.regionCode() != null && account.regionCode().startsWith(regionCode + ".")))
                && (status == null || (status == Status.ACTIVE) == account.active())
                && (needle == null || contains(account.username(), needle) || contains(account.displayName(), needle)
                        || contains(account.email(), needle));
    }

    Comparator<AccountView> comparator() {
        Comparator<AccountView> order = sort.order.thenComparing(AccountView::username);
        return descending ? order.reversed() : order;
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }
}
