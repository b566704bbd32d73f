// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.hostile;

import static id.netra.intake.hostile.HostileCase.refused;
import static id.netra.intake.hostile.HostileCase.tolerated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.netra.intake.support.PublicApi.Submitted;
import id.netra.intake.support.TestFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The /lapor form and the status pages, posted as a hostile browser would. */
final class HostileFormCases {

    private HostileFormCases() {
    }

    /** A form that would be accepted, changed by {@code change}. */
    private static HostileCase form(String name, boolean refuse, UnaryOperator<MockMultipartHttpServletRequestBuilder>
            change) {
        return new HostileCase(name, api -> {
            MockMultipartHttpServletRequestBuilder form = api.multipart("/lapor");
            form.param("electionCode", "PILKADA-2024").param("regionCode", "36.01")
                    .param("reportedPersons[0].name", "ASN Formulir " + UUID.randomUUID())
                    .param("reportedPersons[0].agencyName", "Pemerintah Kabupaten Pandeglang")
                    .param("violationCode", "NOT_SURE").param("occurredOn", "2024-10-05")
                    .param("reporter.mode", "ANONYMOUS");
            if (!name.contains("description")) {
                form.param("description", "Camat membagikan stiker pasangan calon di kantor. " + UUID.randomUUID());
            }
            form.with(csrf());
            return change.apply(form);
        }, refuse);
    }

    static List<HostileCase> all(Submitted existing) {
        List<HostileCase> cases = new ArrayList<>();
        for (String text : HostileStrings.FORBIDDEN) {
            cases.add(form("form description with " + HostileJsonCases.abbreviate(text), true,
                    f -> (MockMultipartHttpServletRequestBuilder) f.param("description", text)));
        }
        cases.add(form("form person index 999", true,
                f -> (MockMultipartHttpServletRequestBuilder) f.param("reportedPersons[999].name", "Jauh")));
        cases.add(form("form person index -1", true,
                f -> (MockMultipartHttpServletRequestBuilder) f.param("reportedPersons[-1].name", "Minus")));
        cases.add(form("form person index abc", true,
                f -> (MockMultipartHttpServletRequestBuilder) f.param("reportedPersons[abc].name", "Huruf")));
        cases.add(form("form class loader property (description)", true,
                f -> (MockMultipartHttpServletRequestBuilder) f
                        .param("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "x")));
        cases.add(form("form election twice", true,
                f -> (MockMultipartHttpServletRequestBuilder) f.param("electionCode", "PEMILU-2024")));
        cases.add(form("form date as SQL", true,
                f -> (MockMultipartHttpServletRequestBuilder) f.param("occurredOn", "'; drop table x; --")));
        cases.add(form("form description 20k characters", true,
                f -> (MockMultipartHttpServletRequestBuilder) f.param("description", "x".repeat(20_000))));
        cases.add(form("form reporter mode script", true,
                f -> (MockMultipartHttpServletRequestBuilder) f.param("reporter.mode", "<script>")));
        cases.add(form("form executable named photo", true,
                f -> f.file(new MockMultipartFile("files", "foto.jpg", "image/jpeg", TestFiles.windowsExecutable()))));
        cases.add(form("form decompression bomb", true,
                f -> f.file(new MockMultipartFile("files", "foto.png", "image/png", TestFiles.pngBomb()))));
        cases.add(form("form without CSRF token", true, f -> (MockMultipartHttpServletRequestBuilder) f
                .with(csrf().useInvalidToken())));
        cases.add(tolerated("form inert markup everywhere", api -> api.multipart("/lapor")
                .param("electionCode", "PILKADA-2024").param("regionCode", "36.01")
                .param("reportedPersons[0].name", "<script>alert(1)</script> " + UUID.randomUUID())
                .param("reportedPersons[0].agencyName", "<b>Pemkab</b>")
                .param("occurredOn", "2024-10-05").param("reporter.mode", "ANONYMOUS")
                .param("description", "<img src=x onerror=alert(1)> '; drop table intake.report; --")
                .with(csrf())));
        rows(cases);
        statusPages(cases, existing);
        return cases;
    }

    private static void rows(List<HostileCase> cases) {
        for (String count : List.of("-5", "999999", "abc", "")) {
            cases.add(tolerated("htmx row with count " + count,
                    api -> get("/lapor/orang/baris").param("personCount", count).with(api.fromClient())));
        }
        for (String index : List.of("abc", "-5", "99")) {
            cases.add(tolerated("remove person " + index, api -> post("/lapor/orang/hapus")
                    .param("removePerson", index).param("reportedPersons[0].name", "A").with(csrf())
                    .with(api.fromClient())));
        }
        cases.add(tolerated("agency list for SQL region", api -> get("/lapor/instansi")
                .param("regionCode", "36' or '1'='1").with(api.fromClient())));
    }

    private static void statusPages(List<HostileCase> cases, Submitted existing) {
        for (String receipt : List.of("' or 1=1 --", "0".repeat(5000), "<script>alert(1)</script>", "",
                "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦")) {
            cases.add(refused("status page with receipt " + HostileJsonCases.abbreviate(receipt),
                    api -> page(api.fromClient(), "/lapor/status").param("receipt", receipt)));
        }
        for (String text : HostileStrings.FORBIDDEN) {
            cases.add(refused("status page reply " + HostileJsonCases.abbreviate(text),
                    api -> page(api.fromClient(), "/lapor/status/balas").param("receipt", existing.receipt())
                            .param("text", text)));
        }
        cases.add(refused("status page reply too long", api -> page(api.fromClient(), "/lapor/status/balas")
                .param("receipt", existing.receipt()).param("text", "x".repeat(6000))));
        cases.add(refused("status page evidence executable", api -> api.multipart("/lapor/status/bukti",
                new MockMultipartFile("files", "a.jpg", "image/jpeg", TestFiles.windowsExecutable()))
                .param("receipt", existing.receipt()).with(csrf())));
        cases.add(refused("status page evidence with wrong receipt", api -> api.multipart("/lapor/status/bukti",
                new MockMultipartFile("files", "a.pdf", "application/pdf", TestFiles.minimalPdf()))
                .param("receipt", "1111222233334444").with(csrf())));
    }

    private static MockHttpServletRequestBuilder page(
            org.springframework.test.web.servlet.request.RequestPostProcessor client, String path) {
        return post(path).with(csrf()).with(client);
    }
}
