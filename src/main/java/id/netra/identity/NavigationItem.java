// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of the site navigation. Each module declares its entries as beans when its pages exist, so the menu only
 * ever shows working capabilities and the layout never needs editing. It lives here, not in the portal, because every
 * module may depend on identity and the visibility rule is about roles.
 *
 * @param labelKey message key of the menu label, in the contributing module's bundle
 * @param descriptionKey message key of a one-line description for the home page, or {@code null}
 * @param path where the entry leads, e.g. {@code /admin/audit}
 * @param order position in the menu, lower first
 * @param audience who sees it
 * @param roles for {@link Audience#ROLES}: any one of these roles suffices
 * @param menu where the bar shows it: on the bar itself, or inside one of the grouped menus; pages under
 *     {@code /admin/} go to the administration menu unless told otherwise
 */
public record NavigationItem(String labelKey, String descriptionKey, String path, int order, Audience audience,
        Set<Role> roles, Menu menu) {

    public enum Audience { EVERYONE, SIGNED_IN, ROLES }

    /**
     * The bar's grouped menus. Each module adds pages over time; grouping keeps the bar on one line at 1280 px for
     * every role.
     *
     * @see #labelKey()
     */
    public enum Menu {
        /** On the bar itself. */
        BAR(null),
        /** Bulk imports of reports and cases. */
        IMPORT("portal.nav.import"),
        /** Dashboards, maps, reconciliation, surveys and the vulnerability index: reading, not case work. */
        ANALYSIS("portal.nav.analysis"),
        /**
         * The pages for the public (report form, status lookup, public figures): on the bar for visitors, in one menu
         * for signed-in staff, whose bar is their work.
         */
        PUBLIC("portal.nav.public"),
        /** Look-ups beside the work: the working-day calendar, the API documentation. */
        REFERENCE("portal.nav.reference"),
        /** Settings and reference data for administrators. */
        ADMINISTRATION("portal.nav.admin");

        private final String labelKey;

        Menu(String labelKey) {
            this.labelKey = labelKey;
        }

        /** Message key of the menu's label; {@code null} for the bar. */
        public String labelKey() {
            return labelKey;
        }
    }

    public NavigationItem {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(audience, "audience");
        roles = Set.copyOf(roles);
        if (audience == Audience.ROLES && roles.isEmpty()) {
            throw new IllegalArgumentException("an item for roles needs at least one role: " + path);
        }
        if (menu == null) {
            menu = path.startsWith("/admin/") ? Menu.ADMINISTRATION : Menu.BAR;
        }
    }

    public NavigationItem(String labelKey, String descriptionKey, String path, int order, Audience audience,
            Set<Role> roles) {
        this(labelKey, descriptionKey, path, order, audience, roles, null);
    }

    /** The same entry, shown inside the given menu. */
    public NavigationItem inMenu(Menu where) {
        return new NavigationItem(labelKey, descriptionKey, path, order, audience, roles, where);
    }

    /** Shown to everybody, signed in or not. */
    public static NavigationItem forEveryone(String labelKey, String descriptionKey, String path, int order) {
        return new NavigationItem(labelKey, descriptionKey, path, order, Audience.EVERYONE, Set.of());
    }

    /** Shown to every signed-in user. */
    public static NavigationItem forSignedIn(String labelKey, String descriptionKey, String path, int order) {
        return new NavigationItem(labelKey, descriptionKey, path, order, Audience.SIGNED_IN, Set.of());
    }

    /** Shown to signed-in users holding at least one of the roles. */
    public static NavigationItem forRoles(String labelKey, String descriptionKey, String path, int order,
            Role... roles) {
        return new NavigationItem(labelKey, descriptionKey, path, order, Audience.ROLES, Set.of(roles));
    }

    public boolean visibleTo(Optional<CurrentUser> user) {
        return switch (audience) {
            case EVERYONE -> true;
            case SIGNED_IN -> user.isPresent();
            case ROLES -> user.map(u -> roles.stream().anyMatch(u::has)).orElse(false);
        };
    }
}
