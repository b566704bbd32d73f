// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Turns the entries of {@link SecurityConfiguration#PUBLIC_PATHS} into request matchers. An entry is a path pattern
 * ({@code /lapor/**}, any method) or a method and a pattern ({@code POST /api/v1/reports}, that method only). The
 * security filter chains and the test that every other endpoint needs a signed-in user both read the same list.
 */
final class PublicPaths {

    private PublicPaths() {
    }

    static List<RequestMatcher> matchers(String... entries) {
        return Arrays.stream(entries).map(PublicPaths::matcher).toList();
    }

    static RequestMatcher matcher(String entry) {
        String[] parts = entry.trim().split("\\s+");
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return switch (parts.length) {
            case 1 -> paths.matcher(parts[0]);
            case 2 -> paths.matcher(HttpMethod.valueOf(parts[0]), parts[1]);
            default -> throw new IllegalArgumentException("not a public path entry: " + entry);
        };
    }
}
