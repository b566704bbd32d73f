// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.testing.NetraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@NetraIntegrationTest
class LinkRewritingIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    void noEnabledFilterRewritesPageLinks() {
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .filteredOn(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
                .isNotEmpty()
                .allSatisfy(registration -> assertThat(registration.isEnabled()).isFalse());
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
    }

    @Test
    void htmxIsStillServedWithoutAVersionInItsPath() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }
}
