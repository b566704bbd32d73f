// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.web;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.netra.shared.Decision;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rejections the shared handler turns into problem+json that no controller has to build itself. */
class ProblemResponsesTests {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RacingController())
            .setControllerAdvice(new ProblemResponses(messages())).build();

    @Test
    void uniqueConstraintRaisedAfterTheRulesPassed_isConflictWithAnIndonesianReason() throws Exception {
        mvc.perform(post("/race").locale(Locale.forLanguageTag("id")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        startsWith("Data ini bertentangan dengan data yang sudah tersimpan")))
                .andExpect(jsonPath("$.title").value("Konflik perubahan"));
    }

    @Test
    void rejectionWithASummary_isUnprocessableWithTheSummaryAndEachFieldsCodeAndMessage() throws Exception {
        mvc.perform(post("/fields").locale(Locale.forLanguageTag("id")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("problem.invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].code").value("problem.not-found"))
                .andExpect(jsonPath("$.errors[0].message").value("Data yang diminta tidak ditemukan."));
    }

    @Test
    void policyRejected_isUnprocessableWithEveryReasonAndItsFieldWhereOneApplies() throws Exception {
        mvc.perform(post("/policy").locale(Locale.forLanguageTag("id")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("problem.not-found"))
                .andExpect(jsonPath("$.detail").value("Data yang diminta tidak ditemukan."))
                .andExpect(jsonPath("$.errors[0].field").doesNotExist())
                .andExpect(jsonPath("$.errors[1].field").value("email"))
                .andExpect(jsonPath("$.errors[1].code").value("problem.invalid-input"));
    }

    @Test
    void malformedRejection_isBadRequestWithItsSummaryAndEachField() throws Exception {
        mvc.perform(post("/malformed").locale(Locale.forLanguageTag("id")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("problem.invalid-input"))
                .andExpect(jsonPath("$.detail").value(startsWith("Sebagian isian tidak valid")))
                .andExpect(jsonPath("$.errors[0].field").value("receipt"))
                .andExpect(jsonPath("$.errors[0].message").value("Data yang diminta tidak ditemukan."));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @RestController
    static class RacingController {

        @PostMapping("/race")
        String create() {
            throw new DuplicateKeyException("duplicate key value violates unique constraint");
        }

        @PostMapping("/policy")
        String policy() {
            Decision.all(Decision.reject("problem.not-found"), Decision.allow(),
                    Decision.rejectField("email", "problem.invalid-input")).orThrow();
            return "unreachable";
        }

        @PostMapping("/fields")
        String fields() {
            Decision.rejectField("email", "problem.not-found").orThrow("problem.invalid-input");
            return "unreachable";
        }

        @PostMapping("/malformed")
        String malformed() {
            Decision.rejectField("receipt", "problem.not-found").orThrowMalformed("problem.invalid-input");
            return "unreachable";
        }
    }
}
