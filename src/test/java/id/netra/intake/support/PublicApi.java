// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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

    /** A body exactly as given, with any content type: for malformed and hostile requests. */
    public MockHttpServletRequestBuilder postRaw(String path, String contentType, byte[] body) {
        MockHttpServletRequestBuilder request = post(path).content(body).with(fromClient());
        return contentType == null ? request : request.contentType(contentType);
    }

    public MockMultipartHttpServletRequestBuilder multipart(String path, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(path);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.with(fromClient());
        return request;
    }

    /** Every request of this client comes from its own address, so its rate-limit buckets are its own. */
    public RequestPostProcessor fromClient() {
        return request -> {
            request.setRemoteAddr(clientAddress);
            return request;
        };
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
