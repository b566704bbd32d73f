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
 * @param occurredOn the incident date, which decides the sanction catalogue and whether the SKB 2022 mapping applies
 * @param deadlineBasis {@code STATUTE}, {@code PROCEDURE} or {@code DEFAULT} (Netra's configurable figure)
 * @param block the SIASN block in force, {@code null} when none
 * @param blockDueSince the first day the block was due while no BKN officer has recorded it, else {@code null}
 * @param categoryCode the one statistical category the case is counted in (taxonomy KASN-BKN-2019-2024)
 */
public record CaseDetails(long id, String number, UUID reportId, String electionCode, String regionCode,
        Person person, String violationCode, String proposedSanctionLevel, String state, LocalDate deadline,
        String deadlineStage, String deadlineUnit, Integer daysLeft, String supervisingAuthority, Holder custodian,
        Decision decision, Appeal appeal, LeftService leftService, List<String> allowedActions,
        List<TimelineEntry> timeline, List<Holder> custody, List<Letter> letters, boolean pseudonymised,
        long version, LocalDate occurredOn, String deadlineBasis, Block block, LocalDate blockDueSince,
        List<Block> blocks, String categoryCode, String outcomeReason, String route) {

    /**
     * A SIASN data block: from {@code blockedOn} (recorded by a BKN officer with the SIASN reference) until the
     * PPK's decision lifted it ({@code unblockedOn}, with what lifted it).
     */
    public record Block(LocalDate blockedOn, String siasnReference, String blockedBy, LocalDate unblockedOn,
            String unblockReference) {
    }

    /**
     * @param employmentType {@code PNS}, {@code CPNS}, {@code PPPK}, {@code NOT_ASN}, or null while unknown
     * @param areaHead a camat or lurah (the "kepala wilayah" bucket); null while unknown
     * @param actingRegionalHead an acting regional head (Pj); null while unknown
     */
    public record Person(String name, String nip, String agencyCode, String agencyName, String positionClass,
            String positionTitle, String employmentType, Boolean areaHead, Boolean actingRegionalHead) {
    }

    /**
     * @param outsideCatalogue the sanction is not in the catalogue in force on the incident date (recorded, flagged)
     * @param skbMappingApplicable {@code false} for incidents before 22 Sep 2022: "lighter than mapped" not judged
     */
    public record Decision(String sanctionCode, String sanctionLevel, String decreeNumber, LocalDate decreeDate,
            boolean lighterThanMapped, String justification, boolean outsideCatalogue,
            boolean skbMappingApplicable) {
    }

    public record Appeal(String kind, LocalDate filedOn, String outcome, String decisionNumber, LocalDate decidedOn) {
    }

    public record LeftService(String kind, LocalDate effectiveOn) {
    }

    /** @param at when the actor recorded it; @param effectiveOn the day it really happened */
    public record TimelineEntry(Instant at, String action, String fromState, String toState, String actor,
            String reason, List<String> documents, LocalDate effectiveOn) {
    }

    public record Holder(String type, String code, Instant since, Instant until, String cause) {
    }

    /** A generated letter; fetch it at {@code /api/v1/cases/{id}/letters/{sequence}.pdf}. */
    public record Letter(int sequence, String kind, String number, LocalDate issuedOn, String sha256) {
    }
}
