// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseState;
import id.netra.cases.domain.Deadline;
import id.netra.cases.domain.DeadlineSchedule;
import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.ElectionType;
import id.netra.cases.domain.HolderType;
import id.netra.cases.domain.NewCase;
import id.netra.cases.domain.OutcomeReason;
import id.netra.cases.domain.ReportedPerson;
import id.netra.cases.domain.SanctionDecision;
import id.netra.cases.domain.Step;
import id.netra.cases.domain.policy.ExaminingAuthorityPolicy;
import id.netra.cases.domain.policy.SanctionConsistencyPolicy;
import id.netra.reference.Sanction;
import id.netra.shared.TimeConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Replays an imported row's history on the case aggregate, step by step with each step's effective date: opened on
 * the day it was reported, forwarded (to KASN or BKN, by the forwarding day), verified, recommended, decided or
 * closed. So the lifecycle table judges every move, and clocks, milestones, custody and the supervising authority
 * follow the dates exactly as for a case entered step by step. Nothing here touches the database; the aggregate is
 * written by {@link CaseBatchWriter}.
 */
final class ImportedHistory {

    /** The channel of imported cases (intake's imported reports use the same word). */
    static final String CHANNEL = "IMPORT";

    private final DeadlineSchedule schedule;
    private final ExaminingAuthorityPolicy examiners;
    private final SanctionConsistencyPolicy consistency = new SanctionConsistencyPolicy();
    private final ReferenceSnapshot reference;
    private final String source;
    private final String actor;
    private final Instant now;
    private final boolean synthetic;
    private final LocalDate today;

    /**
     * @param schedule the deadline schedule; memoised here per (election type, stage, start day), since an import
     *     asks for the same few hundred deadlines a million times
     * @param synthetic demo data: the cases get the demo channel, so that letters say so and nobody is e-mailed
     */
    ImportedHistory(DeadlineSchedule schedule, ExaminingAuthorityPolicy examiners, ReferenceSnapshot reference,
            String source, String actor, Instant now, boolean synthetic) {
        this.schedule = memoised(schedule);
        this.examiners = examiners;
        this.reference = reference;
        this.source = source;
        this.actor = actor;
        this.now = now;
        this.synthetic = synthetic;
        this.today = LocalDate.ofInstant(now, TimeConfiguration.WIB);
    }

    /** The id standing in for the intake report an imported case does not have; stable for (source, external id). */
    static UUID originId(String source, String externalId) {
        return UUID.nameUUIDFromBytes(("netra-import:" + source + ":" + externalId).getBytes(StandardCharsets.UTF_8));
    }

    static UUID personId(String source, String externalId) {
        return UUID.nameUUIDFromBytes(("netra-import-person:" + source + ":" + externalId)
                .getBytes(StandardCharsets.UTF_8));
    }

    Case replay(ImportedCase row) {
        ReportedPerson person = new ReportedPerson(personId(source, row.externalId()),
                row.personName() != null ? row.personName() : "(nama tidak tercatat)", row.personNip(),
                row.agencyCode(), row.agencyName(), row.positionClass(), null);
        NewCase opening = new NewCase(originId(source, row.externalId()), row.electionCode(), row.regionCode(),
                row.violationCode(), row.occurredOn(), synthetic ? Case.SYNTHETIC_CHANNEL : CHANNEL, person);
        // opened when the source system received it, like an intake report's received time
        Instant received = row.reportedOn().atStartOfDay(TimeConfiguration.WIB).toInstant();
        Case c = Case.open(opening, new Step(actor, received, "Diimpor dari " + source + " (" + row.externalId()
                + ")", List.of(), row.reportedOn()), schedule);
        String category = row.categoryCode() != null ? row.categoryCode()
                : row.violationCode() == null ? null
                : reference.defaultCategory(row.violationCode()).map(cat -> cat.code()).orElse(null);
        if (category != null) {
            c.categorise(category, new Step(actor, now, null, List.of(), row.reportedOn()));
        }
        CaseState target = row.state();
        switch (target) {
            case RECEIVED -> { }
            case STOPPED -> c.stop(on(row.closedOn()), outcome(row, OutcomeReason.OTHER));
            case NOT_REGISTERED -> c.notRegistered(on(row.closedOn()));
            case NOT_A_VIOLATION -> c.notAViolation(on(row.closedOn()));
            case CANCELLED -> c.cancel(on(row.closedOn()), outcome(row, OutcomeReason.OTHER));
            default -> examine(c, row);
        }
        return c;
    }

    /** Everything after Bawaslu's review: forwarding, verification and how the examination ended. */
    private void examine(Case c, ImportedCase row) {
        LocalDate forwarded = row.forwardedOn() != null ? row.forwardedOn() : row.reportedOn();
        c.forward(on(forwarded), examiners.examinerOn(forwarded), schedule);
        examineFurther(c, row, forwarded);
        // still waiting on KASN or the PPK when KASN's functions passed to BKN: BKN took the file over then
        if (c.deadline() != null && !today.isBefore(examiners.handoverDate())) {
            handOverIfDue(c, examiners.handoverDate());
        }
    }

    private void examineFurther(Case c, ImportedCase row, LocalDate forwarded) {
        switch (row.state()) {
            case FORWARDED -> { }
            case NOT_ASN -> c.notAsn(after(c, row.closedOn()));
            case REJECTED -> c.reject(after(c, row.closedOn()), outcome(row, OutcomeReason.OTHER));
            default -> {
                c.verify(on(forwarded));
                switch (row.state()) {
                    case UNDER_VERIFICATION -> { }
                    case NOT_PROVEN -> c.notProven(after(c, row.closedOn()));
                    case RECOMMENDED -> recommend(c, row);
                    case SANCTIONED -> {
                        recommend(c, row);
                        decide(c, row);
                    }
                    default -> throw new IllegalStateException("Not importable: " + row.state());
                }
            }
        }
    }

    private void recommend(Case c, ImportedCase row) {
        c.recommend(after(c, row.recommendedOn()), row.violationCode(), Objects.requireNonNull(row.recommendedLevel()),
                schedule);
    }

    /**
     * The PPK's decree as it was taken. Flags are computed by the same consistency policy as a decision entered in
     * Netra, but a lighter sanction is recorded, not refused: the older system kept no written justification, and
     * the case says exactly that.
     */
    private void decide(Case c, ImportedCase row) {
        Sanction sanction = row.decidedSanction();
        var form = row.violationCode() == null ? java.util.Optional.<id.netra.reference.ViolationForm>empty()
                : reference.violation(row.violationCode());
        String unrecorded = "Diimpor dari " + source + "; alasan PPK tidak tercatat di sistem asal.";
        var context = new SanctionConsistencyPolicy.Context(row.occurredOn(), c.proposedLevel(),
                form.map(f -> f.levelUncertain()).orElse(false),
                row.employment() == null ? null : row.employment().asReference());
        var result = consistency.check(sanction.code(), java.util.Optional.of(sanction), row.decidedOn(),
                row.decidedOn(), context, unrecorded);
        c.decide(after(c, row.decidedOn()).withDocument(row.decreeNumber()), new SanctionDecision(sanction.code(),
                sanction.level(), row.decreeNumber(), row.decidedOn(), result.lighterThanMapped(),
                result.lighterThanMapped() ? unrecorded : null, result.outsideCatalogue(),
                result.skbMappingApplicable()));
    }

    private static OutcomeReason outcome(ImportedCase row, OutcomeReason otherwise) {
        return row.outcomeReason() != null ? row.outcomeReason() : otherwise;
    }

    /**
     * The step of {@code day}, after the KASN-to-BKN handover when the case crossed it under KASN's supervision
     * (SE MenPANRB 4/2024): the timeline shows the handover where it happened, between the two steps.
     */
    private Step after(Case c, LocalDate day) {
        if (!day.isBefore(examiners.handoverDate())) {
            handOverIfDue(c, examiners.handoverDate());
        }
        return on(day);
    }

    private void handOverIfDue(Case c, LocalDate handover) {
        if (c.supervisingAuthority() == HolderType.KASN) {
            c.handOverToBkn(new Step(actor, now, "Pengalihan pengawasan dari KASN ke BKN (SE MenPANRB 4/2024).",
                    List.of(), handover));
        }
    }

    /** A step recorded now by the importing user, effective on the day it happened. */
    private Step on(LocalDate day) {
        return new Step(actor, now, null, List.of(), day);
    }

    private static DeadlineSchedule memoised(DeadlineSchedule schedule) {
        record Key(ElectionType type, DeadlineStage stage, LocalDate start) {
        }
        Map<Key, Deadline> known = new HashMap<>();
        return (type, stage, start) -> known.computeIfAbsent(new Key(type, stage, start),
                key -> schedule.due(key.type(), key.stage(), key.start()));
    }
}
