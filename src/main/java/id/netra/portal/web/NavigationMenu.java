// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.portal.web;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.identity.NavigationItem;
import id.netra.identity.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the layout shows: the navigation entries the modules contribute, filtered for the caller, and who is signed
 * in. Templates reach it as {@code @navigation}.
 */
@Component("navigation")
public class NavigationMenu {

    private final List<NavigationItem> items;
    private final CurrentUserProvider users;

    NavigationMenu(ObjectProvider<NavigationItem> items, CurrentUserProvider users) {
        this.items = items.orderedStream()
                .sorted(Comparator.comparingInt(NavigationItem::order).thenComparing(NavigationItem::path))
                .toList();
        this.users = users;
    }

    /** The entries the caller may use, in menu order. */
    public List<NavigationItem> items() {
        Optional<CurrentUser> user = users.current();
        return items.stream().filter(item -> item.visibleTo(user)).toList();
    }

    /**
     * What the bar shows, in menu order: single entries, and each grouped menu once, where its first entry would be.
     * A menu with a single visible entry for this user would be a click for nothing, so that entry stands alone.
     */
    public List<BarEntry> bar() {
        List<NavigationItem> visible = items();
        boolean signedIn = signedIn();
        Map<NavigationItem.Menu, List<NavigationItem>> grouped = new EnumMap<>(NavigationItem.Menu.class);
        for (NavigationItem item : visible) {
            grouped.computeIfAbsent(menuOf(item, signedIn), menu -> new ArrayList<>()).add(item);
        }
        List<BarEntry> bar = new ArrayList<>();
        Set<NavigationItem.Menu> placed = EnumSet.noneOf(NavigationItem.Menu.class);
        for (NavigationItem item : visible) {
            NavigationItem.Menu menu = menuOf(item, signedIn);
            List<NavigationItem> group = grouped.get(menu);
            if (menu == NavigationItem.Menu.BAR || group.size() == 1) {
                bar.add(new BarEntry(item, null, List.of(), isCurrent(item)));
            } else if (placed.add(menu)) {
                bar.add(new BarEntry(null, menu.labelKey(), group, group.stream().anyMatch(this::isCurrent)));
            }
        }
        if (signedIn) {
            // staff's own work first: the public pages' menu goes just before the look-ups and administration
            bar.stream().filter(entry -> "portal.nav.public".equals(entry.labelKey())).findFirst().ifPresent(pub -> {
                bar.remove(pub);
                int at = 0;
                while (at < bar.size() && !lateMenu(bar.get(at))) {
                    at++;
                }
                bar.add(at, pub);
            });
        }
        return bar;
    }

    private static boolean lateMenu(BarEntry entry) {
        NavigationItem first = entry.menu() ? entry.items().get(0) : entry.item();
        return first.menu() == NavigationItem.Menu.REFERENCE || first.menu() == NavigationItem.Menu.ADMINISTRATION;
    }

    /** Visitors see the public pages on the bar; staff find them in one menu. */
    private static NavigationItem.Menu menuOf(NavigationItem item, boolean signedIn) {
        return item.menu() == NavigationItem.Menu.PUBLIC && !signedIn ? NavigationItem.Menu.BAR : item.menu();
    }

    /**
     * One place on the bar: a link ({@code item}) or a grouped menu ({@code labelKey} and its {@code items}).
     *
     * @param current the page shown is this entry, or one of the menu's entries
     */
    public record BarEntry(NavigationItem item, String labelKey, List<NavigationItem> items, boolean current) {

        public boolean menu() {
            return item == null;
        }
    }

    /** The entries worth a card on the home page: all visible ones except the home page itself. */
    public List<NavigationItem> capabilities() {
        return items().stream().filter(item -> !"/".equals(item.path())).toList();
    }

    public boolean signedIn() {
        return users.current().isPresent();
    }

    public String displayName() {
        return users.currentDisplayName().orElse("");
    }

    public List<Role> roles() {
        return users.current().map(user -> user.roles().stream().sorted().toList()).orElse(List.of());
    }

    /**
     * True when the entry is the most specific visible one covering the current request, for {@code aria-current}:
     * on {@code /cases/compliance} only "Kepatuhan PPK" is current, not also "Perkara" at {@code /cases}.
     */
    public boolean isCurrent(NavigationItem item) {
        String path = currentPath();
        return covers(item, path) && items().stream()
                .filter(other -> covers(other, path))
                .noneMatch(other -> other.path().length() > item.path().length());
    }

    private static boolean covers(NavigationItem item, String path) {
        if ("/".equals(item.path())) {
            return "/".equals(path);
        }
        return path.equals(item.path()) || path.startsWith(item.path() + "/");
    }

    private static String currentPath() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            String uri = servlet.getRequest().getRequestURI();
            return uri.substring(servlet.getRequest().getContextPath().length());
        }
        return "";
    }
}
