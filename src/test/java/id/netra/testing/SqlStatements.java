// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Counts the SQL statements the current thread sends while a piece of code runs, so that a test can pin how many
 * statements a request costs (an N+1 query shows as a count that grows with the data). Every integration test
 * context gets the same counting {@link DataSource} wrapper (registered in META-INF/spring.factories, so the contexts
 * are still shared); it hands out the pool's own connections untouched unless the calling thread is counting.
 * A statement is a {@code prepareStatement}, {@code prepareCall} or {@code createStatement} on a connection: one
 * per {@code JdbcTemplate}/{@code JdbcClient} call or Hibernate query.
 */
public final class SqlStatements {

    private static final ThreadLocal<int[]> COUNTER = new ThreadLocal<>();
    private static final List<String> STATEMENT_METHODS = List.of("prepareStatement", "prepareCall",
            "createStatement");

    private SqlStatements() {
    }

    /** What the code sent, on this thread. Requests made through MockMvc run on the caller's thread. */
    public static int countDuring(ThrowingRunnable code) throws Exception {
        int[] previous = COUNTER.get();
        int[] counter = {0};
        COUNTER.set(counter);
        try {
            code.run();
        } finally {
            COUNTER.set(previous);
        }
        return counter[0];
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    static Connection counting(Connection connection) {
        if (COUNTER.get() == null) {
            return connection;
        }
        return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    int[] counter = COUNTER.get();
                    if (counter != null && STATEMENT_METHODS.contains(method.getName())) {
                        counter[0]++;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Wraps the application's DataSource. */
    static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }
    }

    /** Wraps every DataSource bean. */
    static final class Wrapper implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                    ? new CountingDataSource(dataSource) : bean;
        }
    }

    /** Registers {@link Wrapper} in every test context; equal for all, so it does not split the context cache. */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
                RootBeanDefinition definition = new RootBeanDefinition(Wrapper.class);
                definition.setRole(RootBeanDefinition.ROLE_INFRASTRUCTURE);
                registry.registerBeanDefinition(SqlStatements.class.getName() + ".wrapper", definition);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
