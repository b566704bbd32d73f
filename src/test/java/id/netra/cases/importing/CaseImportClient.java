// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.testing.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uploads a file to the case import API as a demo user and waits for the background job to end. */
final class CaseImportClient {

    static final String HEADER = "external_id,election_code,reported_on,region_code,agency_code,position_class,"
            + "area_head,employment_type,violation_code,category_code,state,outcome_reason,forwarded_on,"
            + "recommended_on,recommended_sanction,decided_on,decided_sanction,decree_number\n";

    private final MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    CaseImportClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A unique source code per test run, so that idempotency never meets another run's rows. */
    static String freshSource(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    JsonNode importCsv(String source, String csv, boolean dryRun) throws Exception {
        return importFile(source, "kasus.csv", csv.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    JsonNode importFile(String source, String name, byte[] content, boolean dryRun) throws Exception {
        String body = mvc.perform(multipart("/api/v1/import/cases").file(new MockMultipartFile("file", name,
                        "application/octet-stream", content)).param("source", source)
                        .param("dryRun", Boolean.toString(dryRun)).with(TestUsers.BKN_OFFICER.basic()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return waitFor(json.readTree(body).get("jobId").asString());
    }

    JsonNode waitFor(String jobId) {
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String body = mvc.perform(get("/api/v1/import/cases/" + jobId).with(TestUsers.ADMIN.basic()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            job[0] = json.readTree(body);
            return !"RUNNING".equals(job[0].get("status").asString());
        });
        return job[0];
    }
}
