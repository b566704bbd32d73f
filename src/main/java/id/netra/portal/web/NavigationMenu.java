// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.portal.web;

import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.identity.NavigationItem;
import id.netra.identity.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
