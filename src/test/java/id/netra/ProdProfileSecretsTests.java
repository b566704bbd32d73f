// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Issue 8, web hardening: the prod profile takes secrets only from the environment (or files fed into it), never from
 * the repository. Every secret-looking property of application.properties, and the secrets whose development default
 * lives in code, must under prod be a placeholder with no default, so a start without it fails rather than running
 * on a published key.
 */
class ProdProfileSecretsTests {

    private static final Pattern SECRET = Pattern.compile("(?i).*(key|password|secret|token)$");
    /** Secrets with a development default in code rather than in application.properties. */
    private static final Set<String> CODE_DEFAULT_SECRETS = Set.of("netra.cases.pseudonym-key",
            "netra.audit.chain-key");
    /** May be empty (an external database without password, trust or peer authentication); empty is no secret. */
    private static final Set<String> MAY_BE_EMPTY = Set.of("spring.datasource.password");

    @Test
    void everySecret_hasNoRepositoryValueUnderProd() throws IOException {
        ResourcePropertySource defaults = new ResourcePropertySource(new ClassPathResource("application.properties"));
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(defaults);
        sources.addFirst(new ResourcePropertySource(new ClassPathResource("application-prod.properties")));
        PropertySourcesPropertyResolver prod = new PropertySourcesPropertyResolver(sources);

        Set<String> secrets = new TreeSet<>(CODE_DEFAULT_SECRETS);
        Arrays.stream(defaults.getPropertyNames()).filter(name -> SECRET.matcher(name).matches()).forEach(secrets::add);

        assertThat(secrets).contains("netra.intake.identity-key", "netra.intake.receipt-lookup-key",
                "netra.cases.pseudonym-key", "netra.audit.chain-key");
        for (String secret : secrets) {
            if (MAY_BE_EMPTY.contains(secret)) {
                assertThat(prod.getProperty(secret)).as(secret).isEmpty();
                continue;
            }
            assertThatThrownBy(() -> prod.getProperty(secret)).as(secret + " must have no default under prod")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NETRA_");
        }
    }

    @Test
    void everySecret_isReadFromTheEnvironmentUnderProd() throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new ResourcePropertySource(new ClassPathResource("application.properties")));
        sources.addFirst(new ResourcePropertySource(new ClassPathResource("application-prod.properties")));
        sources.addFirst(new org.springframework.core.env.MapPropertySource("environment", java.util.Map.of(
                "NETRA_INTAKE_IDENTITY_KEY", "from-env-1", "NETRA_INTAKE_RECEIPT_KEY", "from-env-2",
                "NETRA_CASES_PSEUDONYM_KEY", "from-env-3", "NETRA_AUDIT_CHAIN_KEY", "from-env-4")));
        PropertySourcesPropertyResolver prod = new PropertySourcesPropertyResolver(sources);

        assertThat(prod.getProperty("netra.intake.identity-key")).isEqualTo("from-env-1");
        assertThat(prod.getProperty("netra.intake.receipt-lookup-key")).isEqualTo("from-env-2");
        assertThat(prod.getProperty("netra.cases.pseudonym-key")).isEqualTo("from-env-3");
        assertThat(prod.getProperty("netra.audit.chain-key")).isEqualTo("from-env-4");
        assertThat(prod.getProperty("netra.demo.enabled")).isEqualTo("false");
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
    }
}
