// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.web;

import static id.netra.cases.support.TestCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.cases.domain.ActionDeclarations;
import id.netra.cases.domain.ActionDeclarations.Declaration;
import id.netra.cases.domain.CaseState;
import id.netra.cases.support.CasesIntegrationTest;
import id.netra.cases.support.MutableClock;
import id.netra.cases.support.TestCases;
import id.netra.identity.CurrentUser;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API of the declared actions: one typed OpenAPI operation per declaration, and the appeal track end to end. */
@CasesIntegrationTest
class CaseActionsApiIntegrationTests {

    private static final LocalDate DAY = LocalDate.of(2024, 10, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    TestCases cases;

    @BeforeEach
    void officeDay() {
        clock.setDay(DAY);
    }

    @Test
    void theOpenApiDocument_hasOneTypedOperationPerDeclaredAction() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        JsonNode doc = JsonMapper.builder().build().readTree(body);

        assertThat(doc.path("paths").has("/api/v1/cases/{id}/actions/{action}"))
                .as("the generic binding is not documented").isFalse();
        for (Declaration declaration : ActionDeclarations.all()) {
            JsonNode post = doc.path("paths").path(CaseActionsOpenApi.PATH + declaration.apiName()).path("post");
            assertThat(post.isObject()).as(declaration.apiName()).isTrue();
            String ref = post.path("requestBody").path("content").path("application/json").path("schema")
                    .path("$ref").asString();
            JsonNode schema = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            for (RecordComponent component : declaration.requestType().getRecordComponents()) {
                assertThat(schema.path("properties").has(component.getName()))
                        .as(declaration.apiName() + "." + component.getName()).isTrue();
            }
            assertThat(post.path("parameters").get(0).path("name").asString()).isEqualTo("id");
        }
    }

    @Test
    void anUnknownAction_isNotFound_andAnUnreadableBody_isABadRequest() throws Exception {
        long id = cases.openCase("36.01", "PEMKAB-36.01", clock.instant());

        act(id, "promote", ADMIN, "{}").andExpect(status().isNotFound());
        act(id, "mark-overdue", ADMIN, "{}").andExpect(status().isNotFound());
        act(id, "stop", BAWASLU_BANTEN, "{\"reasonCode\":\"NO_SUCH_CODE\",\"reason\":\"x\"}")
                .andExpect(status().isBadRequest());
        act(id, "stop", BAWASLU_BANTEN, "[1,2]").andExpect(status().isBadRequest());
        act(id, "forward", BAWASLU_BANTEN, "").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FORWARDED"));
    }

    @Test
    void aDecisionIsContested_andTheAppealAnnulsIt_throughTheApi() throws Exception {
        long id = cases.caseIn(CaseState.SANCTIONED, "36.01", "PEMKAB-36.01", clock.instant());
        clock.setDay(DAY.plusDays(7));

        getCase(id, PPK_PANDEGLANG).andExpect(jsonPath("$.allowedActions").value(
                org.hamcrest.Matchers.hasItem("appeal")));
        act(id, "appeal", PPK_PANDEGLANG, "{\"kind\":\"KEBERATAN\",\"filedOn\":\"2024-09-30\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.appeal.before-decision"));
        act(id, "appeal", PPK_PANDEGLANG, "{\"filedOn\":\"2024-10-03\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        act(id, "appeal", PPK_PANDEGLANG, "{\"kind\":\"KEBERATAN\",\"filedOn\":\"2024-10-03\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("UNDER_APPEAL"))
                .andExpect(jsonPath("$.appeal.kind").value("KEBERATAN"));
        act(id, "decide-appeal", BAWASLU_BANTEN,
                "{\"outcome\":\"ANNULLED\",\"decisionNumber\":\"K-1/2024\",\"decidedOn\":\"2024-10-07\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.action.role-not-allowed"));
        act(id, "decide-appeal", PPK_PANDEGLANG,
                "{\"outcome\":\"ANNULLED\",\"decisionNumber\":\"K-1/2024\",\"decidedOn\":\"2024-10-02\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("case.appeal.decided-before-filed"));
        act(id, "decide-appeal", PPK_PANDEGLANG,
                "{\"outcome\":\"ANNULLED\",\"decisionNumber\":\"K-1/2024\",\"decidedOn\":\"2024-10-07\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SANCTION_ANNULLED"));
    }

    private ResultActions getCase(long id, CurrentUser user) throws Exception {
        return mvc.perform(get("/api/v1/cases/{id}", id).with(as(user)));
    }

    private ResultActions act(long id, String action, CurrentUser user, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{id}/actions/{action}", id, action).with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
