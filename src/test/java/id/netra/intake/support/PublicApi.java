// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** Drives the public intake API as a reporter would. */
public final class PublicApi {

    private final MockMvc mvc;
    private final String clientAddress;

    public PublicApi(MockMvc mvc) {
        this(mvc, "127.0.0.1");
    }

    public PublicApi(MockMvc mvc, String clientAddress) {
        this.mvc = mvc;
        this.clientAddress = clientAddress;
    }

    public MockHttpServletRequestBuilder postJson(String path, Object body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(Reports.json(body))
                .with(request -> {
                    request.setRemoteAddr(clientAddress);
                    return request;
                });
    }

    /** Submits a report and returns its id and receipt. */
    public Submitted submit(Map<String, Object> body) throws Exception {
        String response = mvc.perform(postJson("/api/v1/reports", body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        JsonNode json = Reports.JSON.readTree(response);
        return new Submitted(UUID.fromString(json.get("reportId").asString()), json.get("receipt").asString());
    }

    public Submitted submitMinimal() throws Exception {
        return submit(Reports.minimalAnonymous());
    }

    public record Submitted(UUID reportId, String receipt) {
    }
}
