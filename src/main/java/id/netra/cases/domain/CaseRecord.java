// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import id.netra.reference.SanctionLevel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The persistent fields of a {@link Case} and their read accessors, kept apart from the behaviour so that the
 * aggregate's transitions read on one screen. Only {@link Case} changes these fields.
 */
@MappedSuperclass
abstract class CaseRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    protected Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    protected UUID reportId;

    @Column(name = "election_code", nullable = false)
    protected String electionCode;

    @Column(name = "region_code", nullable = false)
    protected String regionCode;

    @Embedded
    protected ReportedPerson person;

    @Column(name = "violation_code")
    protected String violationCode;

    @Column(name = "occurred_on")
    protected LocalDate occurredOn;

    protected String channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    protected CaseRoute route = CaseRoute.BAWASLU_FIRST;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    protected CaseState state;

    @Column(name = "deadline")
    private LocalDate deadlineDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_stage")
    private DeadlineStage deadlineStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_unit")
    private DeadlineUnit deadlineUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_basis")
    private RuleBasis deadlineBasis;

    /** The clock NEEDS_INFO paused (its last day when paused) and the days it had left; all null when none. */
    @Column(name = "paused_deadline")
    private LocalDate pausedDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_stage")
    private DeadlineStage pausedStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_unit")
    private DeadlineUnit pausedUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "paused_basis")
    private RuleBasis pausedBasis;

    @Column(name = "paused_days_left")
    private Integer pausedDaysLeft;

    @Enumerated(EnumType.STRING)
    @Column(name = "supervising_authority")
    protected HolderType supervisingAuthority;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level")
    protected SanctionLevel proposedLevel;

    @Embedded
    protected SanctionDecision decision;

    @Embedded
    protected Appeal appeal;

    @Enumerated(EnumType.STRING)
    @Column(name = "left_service_kind")
    protected LeftServiceKind leftServiceKind;

    @Column(name = "left_service_on")
    protected LocalDate leftServiceOn;

    @Embedded
    private Milestones milestones;

    @Column(name = "block_due_since")
    protected LocalDate blockDueSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "needs_info_from")
    protected CaseState needsInfoFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_reason")
    protected OutcomeReason outcomeReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "reprimanded_by")
    protected ControlAuthority reprimandedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    protected Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    protected Instant updatedAt;

    @Version
    protected long version;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("id")
    protected List<CaseTransition> transitions = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("since, id")
    protected List<CaseCustody> custody = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("id")
    protected List<CaseBlock> blocks = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("id")
    protected List<CaseCategory> categories = new ArrayList<>();

    protected CaseRecord() {
    }

    protected CaseRecord(NewCase opening, Instant at) {
        this.reportId = opening.reportId();
        this.electionCode = opening.electionCode();
        this.regionCode = opening.regionCode();
        this.violationCode = opening.violationCode();
        this.occurredOn = opening.occurredOn();
        this.channel = opening.channel();
        this.route = opening.route();
        this.person = opening.person();
        this.openedAt = at;
        this.updatedAt = at;
    }

    protected void touch(Instant at) {
        updatedAt = at;
    }

    /** A clock set aside while the case waits for information, with the days it had left. */
    public record PausedClock(Deadline deadline, int daysLeft) {
    }

    /** Keeps the running clock, with the days it has left, while the case waits for information. */
    protected void pauseDeadline(Deadline running, int daysLeft) {
        pausedDue = running.due();
        pausedStage = running.stage();
        pausedUnit = running.unit();
        pausedBasis = running.basis();
        pausedDaysLeft = daysLeft;
    }

    /** The paused clock, if any, now forgotten. */
    protected java.util.Optional<PausedClock> takePausedClock() {
        if (pausedStage == null) {
            return java.util.Optional.empty();
        }
        PausedClock paused = new PausedClock(new Deadline(pausedStage, pausedDue, pausedUnit, pausedBasis),
                pausedDaysLeft);
        pausedDue = null;
        pausedStage = null;
        pausedUnit = null;
        pausedBasis = null;
        pausedDaysLeft = null;
        return java.util.Optional.of(paused);
    }

    /** Days the paused clock had left, or null when no clock is paused. */
    public Integer pausedDaysLeft() {
        return pausedDaysLeft;
    }

    protected void setDeadline(Deadline deadline) {
        deadlineDue = deadline == null ? null : deadline.due();
        deadlineStage = deadline == null ? null : deadline.stage();
        deadlineUnit = deadline == null ? null : deadline.unit();
        deadlineBasis = deadline == null ? null : deadline.basis();
    }

    /** All-null embedded columns load as {@code null}; a case always has its milestones object. */
    protected Milestones milestones() {
        if (milestones == null) {
            milestones = new Milestones();
        }
        return milestones;
    }

    public Long id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public String electionCode() {
        return electionCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public CaseScope scope() {
        return new CaseScope(regionCode, person.agencyCode());
    }

    public ReportedPerson person() {
        return person;
    }

    public String violationCode() {
        return violationCode;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public CaseRoute route() {
        return route;
    }

    public String channel() {
        return channel;
    }

    /** Demo data, generated for a first look; labelled as such on letters and never e-mailed. */
    public boolean synthetic() {
        return Case.SYNTHETIC_CHANNEL.equals(channel);
    }

    /**
     * Labels the case as demo data. Only the cases demo calls this, for the cases of intake's demo reports: intake's
     * event does not say which reports are demo data, so the case keeps its own label.
     */
    public void labelSynthetic() {
        this.channel = Case.SYNTHETIC_CHANNEL;
    }

    public CaseState state() {
        return state;
    }

    /** The running clock, or {@code null} when nobody is waited for. */
    public Deadline deadline() {
        return deadlineDue == null ? null : new Deadline(deadlineStage, deadlineDue, deadlineUnit, deadlineBasis);
    }

    public HolderType supervisingAuthority() {
        return supervisingAuthority;
    }

    public SanctionLevel proposedLevel() {
        return proposedLevel;
    }

    public SanctionDecision decision() {
        return decision;
    }

    public Appeal appeal() {
        return appeal;
    }

    public LeftServiceKind leftServiceKind() {
        return leftServiceKind;
    }

    public LocalDate leftServiceOn() {
        return leftServiceOn;
    }

    public Milestones dates() {
        return milestones();
    }

    public Instant openedAt() {
        return openedAt;
    }

    public long version() {
        return version;
    }

    public List<CaseTransition> transitions() {
        return List.copyOf(transitions);
    }

    public List<CaseCustody> custodyHistory() {
        return List.copyOf(custody);
    }

    /** Every SIASN block, lifted ones included, oldest first. */
    public List<CaseBlock> blocks() {
        return List.copyOf(blocks);
    }

    /** The statistical category under the current taxonomy, or {@code null} while the form is unknown. */
    public String categoryCode() {
        return categories.stream().filter(c -> c.taxonomy().equals(CaseCategory.CURRENT_TAXONOMY))
                .map(CaseCategory::categoryCode).findFirst().orElse(null);
    }

    /** The block in force, if BKN blocked the data and the PPK has not acted since. */
    public java.util.Optional<CaseBlock> activeBlock() {
        return blocks.stream().filter(CaseBlock::active).findFirst();
    }

    /** Who issued the latest reprimand to the PPK, else {@code null}. */
    public ControlAuthority reprimandedBy() {
        return reprimandedBy;
    }

    /** The coded reason of a stop, rejection or cancellation, else {@code null}. */
    public OutcomeReason outcomeReason() {
        return outcomeReason;
    }

    /** The first day BKN was due to block the data, while nobody has recorded the block; else {@code null}. */
    public LocalDate blockDueSince() {
        return blockDueSince;
    }

    /** The effective day of the latest step: a back-dated step may not go before it. */
    public LocalDate lastStepDay() {
        return transitions.isEmpty() ? null : transitions.get(transitions.size() - 1).effectiveOn();
    }
}
