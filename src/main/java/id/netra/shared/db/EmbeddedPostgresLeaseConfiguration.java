// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.db;

import java.util.Arrays;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Registers the context's lease on the embedded PostgreSQL, when the app runs on it. */
@Configuration(proxyBeanMethods = false)
class EmbeddedPostgresLeaseConfiguration {

    static final String LEASE_BEAN = "embeddedPostgresLease";

    @Bean(LEASE_BEAN)
    EmbeddedPostgresLease embeddedPostgresLease(Environment environment) {
        EmbeddedPostgresServer server =
                EmbeddedPostgresServer.runningAt(environment.getProperty("spring.datasource.url", ""));
        return server == null ? null : new EmbeddedPostgresLease(server);
    }

    /** DataSources depend on the lease so that the lease is released only after they are closed. */
    @Bean
    static BeanFactoryPostProcessor dataSourcesDependOnEmbeddedPostgresLease() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
                if (!beanFactory.containsBeanDefinition(name)) {
                    continue;
                }
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] existing = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                definition.setDependsOn(Stream.concat(Arrays.stream(existing), Stream.of(LEASE_BEAN))
                        .distinct().toArray(String[]::new));
            }
        };
    }
}
