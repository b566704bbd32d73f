// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CrossSiteRequestFilterTests {

    private final CrossSiteRequestFilter filter = new CrossSiteRequestFilter(null,
            Set.of("https://Lapor.Example.go.id:443"));

    @Test
    void decidesByFetchMetadataThenOrigin() {
        assertThat(filter.isCrossSite(request("POST", null, null))).as("curl").isFalse();
        assertThat(filter.isCrossSite(request("POST", "same-origin", "https://netra.example.go.id"))).isFalse();
        assertThat(filter.isCrossSite(request("POST", "none", null))).isFalse();
        assertThat(filter.isCrossSite(request("POST", "cross-site", "https://evil.example"))).isTrue();
        assertThat(filter.isCrossSite(request("DELETE", "same-site", "https://other.example.go.id"))).isTrue();
        assertThat(filter.isCrossSite(request("PUT", null, "https://evil.example"))).as("older browser").isTrue();
        assertThat(filter.isCrossSite(request("POST", null, "null"))).as("sandboxed or file page").isTrue();
        assertThat(filter.isCrossSite(request("POST", "same-origin", "https://evil.example"))).isTrue();
        assertThat(filter.isCrossSite(request("GET", "cross-site", "https://evil.example"))).as("safe").isFalse();
    }

    @Test
    void trustedOrigins_passEvenFromAnotherSite() {
        assertThat(filter.isCrossSite(request("POST", "same-site", "https://lapor.example.go.id"))).isFalse();
        assertThat(filter.isCrossSite(request("POST", "cross-site", "https://lapor.example.go.id:8443"))).isTrue();
    }

    @Test
    void ownOrigin_dropsDefaultPortsAndCase() {
        assertThat(CrossSiteRequestFilter.normalise("HTTPS://Netra.Example.go.id:443"))
                .isEqualTo("https://netra.example.go.id");
        assertThat(CrossSiteRequestFilter.normalise("http://localhost:8080")).isEqualTo("http://localhost:8080");
        assertThat(CrossSiteRequestFilter.normalise("null")).startsWith("invalid:");
    }

    private static MockHttpServletRequest request(String method, String fetchSite, String origin) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/v1/reports");
        request.setScheme("https");
        request.setServerName("netra.example.go.id");
        request.setServerPort(443);
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        return request;
    }
}
