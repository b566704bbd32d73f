// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain.policy;

import id.netra.cases.domain.HolderType;
import java.time.LocalDate;

/**
 * Who examines a forwarded case: KASN until its functions passed to BKN, BKN afterwards. The default cut-over is
 * 4 Sep 2024, the date SE MenPANRB 4/2024 on the transfer was signed. Files KASN still held then
 * are moved by the handover operation.
 */
public final class ExaminingAuthorityPolicy {

    public static final LocalDate DEFAULT_HANDOVER_DATE = LocalDate.of(2024, 9, 4);

    private final LocalDate handoverDate;

    public ExaminingAuthorityPolicy(LocalDate handoverDate) {
        this.handoverDate = handoverDate;
    }

    public HolderType examinerOn(LocalDate day) {
        return day.isBefore(handoverDate) ? HolderType.KASN : HolderType.BKN;
    }

    public LocalDate handoverDate() {
        return handoverDate;
    }
}
