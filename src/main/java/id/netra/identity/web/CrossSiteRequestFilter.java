// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import id.netra.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing API requests that a browser sends on behalf of another site. The API authenticates with
 * HTTP Basic, which a browser replays on its own once it has the credentials, so a page elsewhere could otherwise
 * submit a form or a multipart upload to Netra as the signed-in user; CSRF tokens do not fit a stateless API.
 * <p>
 * Browsers mark every request with {@code Sec-Fetch-Site} and, for a cross-origin POST, with {@code Origin}; pages
 * cannot forge either. A request is refused when {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site}
 * (a sibling sub-domain is another application), or when {@code Origin} names an origin other than this server's own
 * or one listed in {@code netra.security.trusted-origins}. Scripts and other non-browser clients send neither header
 * and pass, as do Netra's own pages ({@code same-origin}) and an address typed by the user ({@code none}). Safe
 * methods (GET, HEAD, OPTIONS, TRACE) change nothing and always pass.
 */
public class CrossSiteRequestFilter extends OncePerRequestFilter {

    static final String DETAIL_KEY = "identity.problem.cross-site";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

    private final ProblemWriter problems;
    private final Set<String> trustedOrigins;

    /**
     * @param trustedOrigins further origins allowed to call, e.g. {@code https://netra.example.go.id} when a proxy
     *                       does not pass the public host on; compared after normalising like {@code Origin}
     */
    public CrossSiteRequestFilter(ProblemWriter problems, Set<String> trustedOrigins) {
        this.problems = problems;
        this.trustedOrigins = trustedOrigins.stream().map(CrossSiteRequestFilter::normalise)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isCrossSite(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, DETAIL_KEY);
            return;
        }
        chain.doFilter(request, response);
    }

    boolean isCrossSite(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return false;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String normalised = origin == null ? null : normalise(origin);
        if (normalised != null && trustedOrigins.contains(normalised)) {
            return false; // a sister site the operator vouched for, e.g. a report form hosted elsewhere
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite.trim().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return normalised != null && !normalised.equals(ownOrigin(request));
    }

    /** This server as the browser sees it; behind a proxy, {@code server.forward-headers-strategy} makes it so. */
    static String ownOrigin(HttpServletRequest request) {
        return normalise(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
    }

    /** Lower-case scheme and host, default port dropped; anything unparsable (such as {@code null}) matches nothing. */
    static String normalise(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "invalid:" + origin;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "invalid:" + origin;
        }
    }
}
