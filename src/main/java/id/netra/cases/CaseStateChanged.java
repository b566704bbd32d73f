// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * A case moved (or changed hands, for {@code handover}). Published inside the transaction that made the change;
 * carries no personal data, only codes. Listeners compare the typed {@link State} and {@link Action}, never strings.
 *
 * <p>The Event Publication Registry stores this record as JSON. States are written by their names and actions by
 * their keys ({@code mark-overdue}), exactly as earlier releases wrote the plain strings, so publications stored
 * before the event was typed still read, and so do those that still carry the {@code synthetic} flag of earlier
 * releases (a demo case is now known by its own record, {@code Case.synthetic()}, where the cases module needs it).
 *
 * @param reportId the intake report the case came from
 * @param fromState {@code null} when the case was opened
 * @param agencyCode the reported person's agency, or {@code null} while unresolved
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseStateChanged(long caseId, UUID reportId, Action action, State fromState, State toState,
        String actor, Instant at, String regionCode, String agencyCode) {

    /**
     * Where a case stands, as other modules and listeners see it: one constant per state of the case workflow, with
     * the same names. A test keeps the two in step, so a new workflow state cannot be published without one here.
     */
    public enum State {
        SATGAS_SCREENING, RECEIVED, NEEDS_INFO, NOT_A_VIOLATION, NOT_ASN, FORWARDED, NOT_REGISTERED, STOPPED, UNDER_VERIFICATION,
        NOT_PROVEN, RECOMMENDED, SANCTIONED, PPK_EXAMINATION, OVERDUE, REPRIMANDED,
        /** Only in timelines of releases that modelled the SIASN block as a state. */
        DATA_BLOCKED,
        /** Only in timelines of releases that modelled the SIASN block as a state. */
        UNBLOCKED,
        CANCELLED, REJECTED, LEFT_SERVICE, UNDER_APPEAL, SANCTION_ANNULLED
    }

    /**
     * What happened to the case: one constant per workflow action, with the same names. Its {@link #key()} is the
     * stable dotted name of audit events and message keys ({@code case.mark-overdue}) and its JSON form.
     */
    public enum Action {
        OPEN, SCREEN, FORWARD, ASK_INFO, INFO_COMPLETE, NOT_A_VIOLATION, NOT_ASN, STOP, NOT_REGISTERED, VERIFY, RECOMMEND,
        NOT_PROVEN, START_EXAMINATION, DECIDE, MARK_OVERDUE, REPRIMAND, REPORT_TO_PRESIDENT, BLOCK_DUE, BLOCK,
        UNBLOCK, CANCEL, REJECT, LEFT_SERVICE, APPEAL, DECIDE_APPEAL, CORRECT_PERSON, HANDOVER;

        /** {@code MARK_OVERDUE} → {@code mark-overdue}. */
        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Reads a key ({@code mark-overdue}, as stored by every release) or a constant name. */
        @JsonCreator
        public static Action of(String keyOrName) {
            return Arrays.stream(values())
                    .filter(action -> action.key().equals(keyOrName) || action.name().equals(keyOrName))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown case action: " + keyOrName));
        }
    }
}
