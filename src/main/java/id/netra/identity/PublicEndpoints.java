// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import java.util.List;

/**
 * The paths a module opens to anonymous callers, declared by the module itself as a bean; the security
 * configuration permits the union of every module's contribution and asks a signed-in user everywhere else. An
 * entry is a path pattern ({@code /lapor/**}, any method) or a method and a pattern ({@code POST /api/v1/reports},
 * that method only). Adding a public endpoint therefore touches only the module that serves it.
 *
 * @param module who contributes them, for the start-up log and for reviewers
 * @param entries the patterns
 */
public record PublicEndpoints(String module, List<String> entries) {

    public PublicEndpoints {
        entries = List.copyOf(entries);
        entries.forEach(PublicPaths::matcher); // a malformed entry fails at start, not at the first request
        entries.stream().filter(PublicEndpoints::administrative).findAny().ifPresent(entry -> {
            throw new IllegalArgumentException(module + " may not open an administrators' path: " + entry);
        });
    }

    private static boolean administrative(String entry) {
        String path = entry.substring(entry.lastIndexOf(' ') + 1);
        return path.startsWith("/admin") || path.startsWith("/api/v1/admin") || path.equals("/**");
    }

    public static PublicEndpoints of(String module, String... entries) {
        return new PublicEndpoints(module, List.of(entries));
    }
}
