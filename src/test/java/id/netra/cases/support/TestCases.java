// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.cases.application.CaseOpening;
import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import id.netra.intake.ReportReceived;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Intention-named reports, cases and users for the integration tests (a bean of {@link CasesTestConfiguration}). */
public class TestCases {

    public static final CurrentUser BAWASLU_BANTEN = new CurrentUser("bawaslu-officer",
            Set.of(Role.BAWASLU_OFFICER), null, "36");
    public static final CurrentUser BAWASLU_JABAR = new CurrentUser("bawaslu-jabar", Set.of(Role.BAWASLU_OFFICER),
            null, "32");
    public static final CurrentUser SATGAS = new CurrentUser("satgas-verifier", Set.of(Role.SATGAS_VERIFIER), null,
            null);
    public static final CurrentUser BKN = new CurrentUser("bkn-officer", Set.of(Role.BKN_OFFICER), null, null);
    public static final CurrentUser PPK_PANDEGLANG = new CurrentUser("ppk-officer", Set.of(Role.PPK_OFFICER),
            "PEMKAB-36.01", "36.01");
    public static final CurrentUser PPK_TANGERANG = new CurrentUser("ppk-tangerang", Set.of(Role.PPK_OFFICER),
            "PEMKOT-36.71", "36.71");
    public static final CurrentUser SUPERVISOR_BANTEN = new CurrentUser("supervisor", Set.of(Role.SUPERVISOR), null,
            "36");
    public static final CurrentUser SUPERVISOR_JABAR = new CurrentUser("supervisor-jabar", Set.of(Role.SUPERVISOR),
            null, "32");
    public static final CurrentUser ANALYST = new CurrentUser("analyst", Set.of(Role.ANALYST), null, null);
    public static final CurrentUser ADMIN = new CurrentUser("admin", Set.of(Role.ADMIN), null, null);

    private final CaseOpening opening;

    public TestCases(CaseOpening opening) {
        this.opening = opening;
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
        var auth = new UsernamePasswordAuthenticationToken(user.username(), "n/a",
                user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        auth.setDetails(user);
        return SecurityMockMvcRequestPostProcessors.authentication(auth);
    }
}
