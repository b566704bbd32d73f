// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

class PublicPathsTests {

    @Test
    void plainPattern_matchesAnyMethod() {
        RequestMatcher matcher = PublicPaths.matcher("/lapor/**");
        assertThat(matcher.matches(request("GET", "/lapor/status/abc"))).isTrue();
        assertThat(matcher.matches(request("POST", "/lapor"))).isTrue();
        assertThat(matcher.matches(request("GET", "/cases"))).isFalse();
    }

    @Test
    void methodAndPattern_matchesThatMethodOnly() {
        RequestMatcher matcher = PublicPaths.matcher("POST /api/v1/reports");
        assertThat(matcher.matches(request("POST", "/api/v1/reports"))).isTrue();
        assertThat(matcher.matches(request("GET", "/api/v1/reports"))).isFalse();
    }

    @Test
    void malformedEntry_isRejected() {
        assertThatThrownBy(() -> PublicPaths.matcher("POST /a /b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adminPaths_areNeverPublic() {
        MockHttpServletRequest admin = request("GET", "/admin/audit");
        assertThat(PublicPaths.matchers(SecurityConfiguration.PUBLIC_PATHS)).noneMatch(m -> m.matches(admin));
    }

    @Test
    void aModule_cannotOpenAnAdministratorsPath() {
        assertThatThrownBy(() -> PublicEndpoints.of("someone", "/lapor", "GET /admin/users"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/admin/users");
        assertThatThrownBy(() -> PublicEndpoints.of("someone", "/**")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PublicEndpoints.of("intake", "POST /api/v1/reports").entries()).containsExactly("POST /api/v1/reports");
    }

    private static MockHttpServletRequest request(String method, String path) {
        return new MockHttpServletRequest(method, path);
    }
}
