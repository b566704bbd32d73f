// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake;

import id.netra.reference.SanctionLevel;
import java.util.Objects;

/**
 * How the handling of a report ended, as its reporter may learn it: the kind of ending and, for a sanction, only its
 * level. Never officials' names, decree numbers or internal notes; the cases module tells intake through
 * {@link IntakeReports#recordOutcome}.
 *
 * @param level the sanction's level when {@code kind} is {@link Kind#SANCTIONED}, else {@code null}
 */
public record ReportOutcome(Kind kind, SanctionLevel level) {

    public ReportOutcome {
        Objects.requireNonNull(kind);
        if ((kind == Kind.SANCTIONED) != (level != null)) {
            throw new IllegalArgumentException("a level goes with a sanction and only with a sanction: " + kind);
        }
    }

    public static ReportOutcome sanctioned(SanctionLevel level) {
        return new ReportOutcome(Kind.SANCTIONED, Objects.requireNonNull(level));
    }

    public static ReportOutcome of(Kind kind) {
        return new ReportOutcome(kind, null);
    }

    /** One constant per way a case ends; the reporter's page words each one (message {@code intake.outcome.<KIND>}). */
    public enum Kind {
        SANCTIONED, NOT_PROVEN, NOT_A_VIOLATION, NOT_ASN, NOT_REGISTERED, STOPPED, REJECTED, CANCELLED, LEFT_SERVICE,
        SANCTION_ANNULLED
    }
}
