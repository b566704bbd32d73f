// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.netra.audit.chain.AuditFilter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The log page's filter as typed: dates in Western Indonesia Time, both days included; bad dates are messages. */
class AuditQueryTests {

    @Test
    void dateRange_coversBothDaysInWesternIndonesiaTime() {
        AuditFilter filter = new AuditQuery(null, null, null, null, "2024-11-27", "28/11/2024").filter();

        assertThat(filter.from()).isEqualTo(Instant.parse("2024-11-26T17:00:00Z"));
        assertThat(filter.until()).isEqualTo(Instant.parse("2024-11-28T17:00:00Z"));
    }

    @Test
    void unreadableDate_isAProblemOfItsField_andIsLeftOutOfTheFilter() {
        AuditQuery query = new AuditQuery(null, "admin", null, null, "31/02/2024", "2024-12-01");

        assertThat(query.problems()).containsOnlyKeys("from");
        assertThat(query.problems().get("from").getCodes()).containsExactly("audit.filter.date.invalid");
        assertThat(query.filter().from()).isNull();
        assertThat(query.filter().until()).isEqualTo(Instant.parse("2024-12-01T17:00:00Z"));
        assertThat(query.filter().actor()).isEqualTo("admin");
    }

    @Test
    void reversedRange_isAProblemOfTheEndDate_andNeitherDateFilters() {
        AuditQuery query = new AuditQuery(null, null, null, null, "2024-11-27", "2024-11-01");

        assertThat(query.problems()).containsOnlyKeys("to");
        assertThat(query.filter().from()).isNull();
        assertThat(query.filter().until()).isNull();
    }

    @Test
    void queryString_keepsTheFilterForPagingAndExport() {
        AuditQuery query = new AuditQuery("case.forward", "budi s", "case", " 12 ", "2024-11-27", "");

        assertThat(query.queryString()).isEqualTo("from=2024-11-27&actor=budi+s&type=case&object=12&action=case.forward&");
        assertThat(new AuditQuery(null, null, null, null, null, null).queryString()).isEmpty();
    }
}
