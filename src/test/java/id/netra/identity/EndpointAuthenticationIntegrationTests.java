// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.testing.NetraIntegrationTest;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint any module maps, found at run time, refuses anonymous callers unless it is on the public list that
 * {@link SecurityConfiguration} itself uses: the API with 401 problem+json, the UI with a redirect to the login page.
 * Endpoints added later are covered without touching this test.
 */
@NetraIntegrationTest
class EndpointAuthenticationIntegrationTests {

    /** Every module's public paths, as the filter chains read them (set before each test from the context). */
    private static volatile List<RequestMatcher> PUBLIC = List.of();

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        PUBLIC = SecurityConfiguration.publicMatchers(context.getBeansOfType(PublicEndpoints.class).values());
    }

    @TestFactory
    Stream<DynamicTest> everyNonPublicEndpoint_refusesAnonymousCallers() {
        return endpoints().stream()
                .filter(endpoint -> !endpoint.isPublic())
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> assertRefusesAnonymous(endpoint)));
    }

    @Test
    void endpointDiscovery_findsEndpointsOfSeveralKinds() {
        Set<String> found = new TreeSet<>(endpoints().stream().map(Endpoint::toString).toList());
        assertThat(found).contains("GET /api/v1/me", "GET /login", "GET /", "GET /actuator/health");
        assertThat(endpoints()).anyMatch(Endpoint::isPublic).anyMatch(endpoint -> !endpoint.isPublic());
    }

    @Test
    void publicPages_areServedToAnonymousCallers() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/vendor/pico.min.css")).andExpect(status().isOk());
    }

    @Test
    void htmxRequest_fromAnAnonymousPage_isToldToLoadTheLoginPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/admin/audit/verify").header("HX-Request", "true"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("HX-Redirect")).isEqualTo("/login");
    }

    private void assertRefusesAnonymous(Endpoint endpoint) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(endpoint.method(), endpoint.samplePath()).with(csrf()))
                .andReturn().getResponse();
        if (endpoint.isApi()) {
            assertThat(response.getStatus()).as("status").isEqualTo(401);
            assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        } else {
            assertThat(response.getStatus()).as("status").isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        }
    }

    private List<Endpoint> endpoints() {
        return context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                .flatMap(EndpointAuthenticationIntegrationTests::endpointsOf)
                .distinct()
                .toList();
    }

    private static Stream<Endpoint> endpointsOf(RequestMappingInfo info) {
        Collection<RequestMethod> declared = info.getMethodsCondition().getMethods();
        // a mapping for any method is probed with a read and a write
        Collection<RequestMethod> methods = declared.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : declared;
        return info.getPatternValues().stream()
                .flatMap(pattern -> methods.stream().map(method -> new Endpoint(method.asHttpMethod(), pattern)));
    }

    record Endpoint(HttpMethod method, String pattern) {

        /** A concrete path the pattern matches: every variable or wildcard becomes {@code 1}. */
        String samplePath() {
            return pattern.replaceAll("\\{[^}]*}", "1").replace("**", "1").replace("*", "1");
        }

        boolean isApi() {
            return samplePath().startsWith("/api/") || samplePath().startsWith("/actuator");
        }

        boolean isPublic() {
            MockHttpServletRequest request = new MockHttpServletRequest(method.name(), samplePath());
            return PUBLIC.stream().anyMatch(matcher -> matcher.matches(request));
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }
}
