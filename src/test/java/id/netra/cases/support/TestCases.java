// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.cases.domain.ActionRequest;
import id.netra.cases.application.CaseOpening;
import id.netra.cases.application.CaseWorkflow;
import id.netra.cases.domain.CaseState;
import id.netra.shared.TimeConfiguration;
import id.netra.identity.CurrentUser;
import id.netra.intake.ReportReceived;
import id.netra.testing.TestUsers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Intention-named reports, cases and users for the integration tests (a bean of {@link CasesTestConfiguration}). */
public class TestCases {

    public static final CurrentUser BAWASLU_BANTEN = TestUsers.BAWASLU_OFFICER.currentUser();
    public static final CurrentUser BAWASLU_JABAR = TestUsers.bawaslu("bawaslu-jabar").region("32").currentUser();
    public static final CurrentUser SATGAS = TestUsers.SATGAS_VERIFIER.currentUser();
    public static final CurrentUser BKN = TestUsers.BKN_OFFICER.currentUser();
    public static final CurrentUser PPK_PANDEGLANG = TestUsers.PPK_OFFICER.currentUser();
    public static final CurrentUser PPK_TANGERANG = TestUsers.ppk("ppk-tangerang").agency("PEMKOT-36.71")
            .region("36.71").currentUser();
    public static final CurrentUser SUPERVISOR_BANTEN = TestUsers.SUPERVISOR.currentUser();
    public static final CurrentUser SUPERVISOR_JABAR = TestUsers.supervisor("supervisor-jabar").region("32")
            .currentUser();
    public static final CurrentUser ANALYST = TestUsers.ANALYST.currentUser();
    public static final CurrentUser ADMIN = TestUsers.ADMIN.currentUser();

    private final CaseOpening opening;
    private final CaseWorkflow workflow;

    public TestCases(CaseOpening opening, CaseWorkflow workflow) {
        this.opening = opening;
        this.workflow = workflow;
    }

    /** Opens a case and moves it along the main line, as an administrator, up to {@code target}. */
    public long caseIn(CaseState target, String regionCode, String agencyCode, Instant at) {
        long id = openCase(regionCode, agencyCode, at);
        List<ActionRequest> path = List.of(new ActionRequest.Forward(null, null, List.of(), null),
                new ActionRequest.Verify(null, null, null, null, List.of(), null),
                new ActionRequest.Recommend(null, null, null, null, null, List.of(), null),
                new ActionRequest.Decide(null, "800/1/TEST/2024", LocalDate.ofInstant(at, TimeConfiguration.WIB),
                        "PP94-2021/BERAT-1", null, "Terbukti melanggar netralitas ASN.", List.of(), null));
        List<CaseState> reached = List.of(CaseState.FORWARDED, CaseState.UNDER_VERIFICATION, CaseState.RECOMMENDED,
                CaseState.SANCTIONED);
        for (int i = 0; target != CaseState.RECEIVED && i < path.size(); i++) {
            perform(ADMIN, id, path.get(i));
            if (reached.get(i) == target) {
                return id;
            }
        }
        if (target != CaseState.RECEIVED) {
            throw new IllegalArgumentException("not on the main line: " + target);
        }
        return id;
    }

    /** Performs an action through the application service as {@code user}, outside any web request. */
    public void perform(CurrentUser user, long caseId, ActionRequest request) {
        var previous = SecurityContextHolder.getContext();
        try {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(TestUsers.of(user).authentication());
            SecurityContextHolder.setContext(context);
            workflow.perform(caseId, request);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A report as intake would publish it, naming {@code persons} civil servants of one agency. */
    public static ReportReceived report(String regionCode, String agencyCode, int persons, Instant receivedAt) {
        List<ReportReceived.ReportedPerson> named = IntStream.rangeClosed(1, persons)
                .mapToObj(i -> new ReportReceived.ReportedPerson(UUID.randomUUID(), "ASN Uji " + i,
                        nip(i), agencyCode, "Instansi uji", "FUNGSIONAL", "Guru"))
                .toList();
        return new ReportReceived(UUID.randomUUID(), "PILKADA-2024", regionCode, "DS-2", LocalDate.of(2024, 9, 30),
                "PUBLIC_WEB", named, receivedAt);
    }

    private static String nip(int i) {
        return "19850101201001" + String.format("%04d", 1000 + i + (int) (Math.random() * 8000));
    }

    /** Opens one case directly, as the listener would. */
    public long openCase(String regionCode, String agencyCode, Instant receivedAt) {
        return opening.openFor(report(regionCode, agencyCode, 1, receivedAt)).get(0);
    }

    /** Acts as this user in a MockMvc request; the test {@code CurrentUserProvider} reads the details. */
    public static RequestPostProcessor as(CurrentUser user) {
        return TestUsers.of(user).principal();
    }
}
