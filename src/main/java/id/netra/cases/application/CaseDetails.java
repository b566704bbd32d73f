// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case as one user may see it: {@code allowedActions} are the API names of the actions this user may perform now,
 * and for a pseudonymised view (analysts) the person's name is a stable pseudonym, the NIP and free texts are absent.
 *
 * @param daysLeft in the deadline's unit (working or calendar days); negative when late, {@code null} without deadline
 */
public record CaseDetails(long id, String number, UUID reportId, String electionCode, String regionCode,
        Person person, String violationCode, String proposedSanctionLevel, String state, LocalDate deadline,
        String deadlineStage, String deadlineUnit, Integer daysLeft, String supervisingAuthority, Holder custodian,
        Decision decision, Appeal appeal, LeftService leftService, List<String> allowedActions,
        List<TimelineEntry> timeline, List<Holder> custody, List<Letter> letters, boolean pseudonymised,
        long version) {

    public record Person(String name, String nip, String agencyCode, String agencyName, String positionClass,
            String positionTitle) {
    }

    public record Decision(String sanctionCode, String sanctionLevel, String decreeNumber, LocalDate decreeDate,
            boolean lighterThanMapped, String justification) {
    }

    public record Appeal(String kind, LocalDate filedOn, String outcome, String decisionNumber, LocalDate decidedOn) {
    }

    public record LeftService(String kind, LocalDate effectiveOn) {
    }

    public record TimelineEntry(Instant at, String action, String fromState, String toState, String actor,
            String reason, List<String> documents) {
    }

    public record Holder(String type, String code, Instant since, Instant until, String cause) {
    }

    /** A generated letter; fetch it at {@code /api/v1/cases/{id}/letters/{sequence}.pdf}. */
    public record Letter(int sequence, String kind, String number, LocalDate issuedOn, String sha256) {
    }
}
