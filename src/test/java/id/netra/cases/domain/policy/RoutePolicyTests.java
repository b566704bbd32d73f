// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.cases.domain.CaseRoute;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoutePolicyTests {

    private final RoutePolicy routes =
            new RoutePolicy(new ExaminingAuthorityPolicy(ExaminingAuthorityPolicy.DEFAULT_HANDOVER_DATE));

    @Test
    void anSbtReport_goesToTheSatgasFirst_fromTheDayBknTookOver() {
        assertThat(routes.routeFor("SBT", LocalDate.of(2024, 9, 4))).isEqualTo(CaseRoute.SATGAS_FIRST);
        assertThat(routes.routeFor("SBT", LocalDate.of(2024, 9, 3))).isEqualTo(CaseRoute.BAWASLU_FIRST);
    }

    @Test
    void findingsAndOtherChannels_keepTheBawasluFirstRoute() {
        LocalDate bknEra = LocalDate.of(2024, 10, 1);
        assertThat(routes.routeFor("BAWASLU_FINDING", bknEra)).isEqualTo(CaseRoute.BAWASLU_FIRST);
        assertThat(routes.routeFor("PUBLIC_WEB", bknEra)).isEqualTo(CaseRoute.BAWASLU_FIRST);
        assertThat(routes.routeFor("IMPORT", bknEra)).isEqualTo(CaseRoute.BAWASLU_FIRST);
        assertThat(routes.routeFor(null, bknEra)).isEqualTo(CaseRoute.BAWASLU_FIRST);
    }
}
