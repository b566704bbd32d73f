// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.testing.NetraIntegrationTest;
import id.netra.testing.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8, finding 9, over real HTTP: broken envelopes fail inside the servlet container (multipart parsing, content
 * type parsing), which an in-process test does not reproduce. Every operation of the OpenAPI document that takes a
 * body gets each broken envelope; none may answer 5xx, and each must be refused with problem+json.
 */
@NetraIntegrationTest
class RealServerEnvelopeIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void brokenEnvelopes_onEveryOperationWithABody_areRefusedWithProblemJson() throws Exception {
        JsonNode document = JsonMapper.builder().build().readTree(get("/v3/api-docs", null).body());
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!operation.getValue().has("requestBody")) {
                    continue;
                }
                String uri = path.getKey().replaceAll("\\{[^}]+}", "1");
                for (String type : List.of("multipart/form-data", "*/*", "application/json; charset=bogus",
                        "multipart/form-data; boundary=")) {
                    HttpResponse<String> response = send(operation.getKey(), uri, type, "{}", null);
                    sent++;
                    String contentType = response.headers().firstValue("Content-Type").orElse("");
                    if (response.statusCode() >= 500 || response.statusCode() < 400
                            || !contentType.startsWith("application/problem+json")) {
                        failures.add(operation.getKey() + " " + uri + " [" + type + "] -> " + response.statusCode()
                                + " " + contentType);
                    }
                }
            }
        }

        assertThat(failures).as(() -> String.join("\n", failures)).isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(60);
    }

    @Test
    void multipartWithoutBoundary_onThePublicReportApi_isABadRequestInIndonesian() throws Exception {
        HttpResponse<String> response = send("post", "/api/v1/reports", "multipart/form-data", "{}", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("boundary", "tidak dapat dibaca");
    }

    @Test
    void wildcardContentType_onAJsonEndpointOfASignedInUser_isUnsupported() throws Exception {
        HttpResponse<String> response = send("post", "/api/v1/findings", "*/*", "{}", "satgas-verifier");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("wildcard");
    }

    @Test
    void nulByteAsACaseState_isNoFilterRatherThanACrash() throws Exception {
        HttpResponse<String> nul = get("/api/v1/cases?state=%00", "satgas-verifier");
        HttpResponse<String> unknown = get("/api/v1/cases?state=NOT_A_STATE", "satgas-verifier");

        assertThat(nul.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("state", "tidak valid");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        authenticate(request, user);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String type, String body, String user)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method.toUpperCase(java.util.Locale.ROOT), HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", type);
        authenticate(request, user);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void authenticate(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + TestUsers.demoPassword()).getBytes(StandardCharsets.UTF_8)));
        }
    }
}
