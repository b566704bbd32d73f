// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo users (password {@code netra-demo}) signing in with HTTP Basic, as scripts and API clients do. */
public final class Handlers {

    public static final String PASSWORD = "netra-demo";

    private Handlers() {
    }

    public static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }

    public static RequestPostProcessor satgas() {
        return as("satgas-verifier");
    }

    public static RequestPostProcessor bawaslu() {
        return as("bawaslu-officer");
    }
}
