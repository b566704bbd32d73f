// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.NetraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

@NetraIntegrationTest
class NetraApplicationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void homePage_isServedInIndonesianByDefault() {
        String html = RestClient.create("http://localhost:" + port).get().uri("/").retrieve().body(String.class);
        assertThat(html).contains("netralitas ASN");
    }

    @Test
    void database_isRealPostgres() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL 18");
    }

    @Test
    void health_isUp() {
        String body = RestClient.create("http://localhost:" + port).get().uri("/actuator/health").retrieve()
                .body(String.class);
        assertThat(body).contains("\"UP\"");
    }
}
