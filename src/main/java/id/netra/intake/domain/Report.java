// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

import id.netra.intake.ReportOutcome;
import id.netra.intake.ReportStatus;
import id.netra.reference.SanctionLevel;
import id.netra.shared.Decision;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A report about one or more civil servants. Created complete by {@link #submit}; afterwards only its status moves
 * (forward, see {@link ReportStatus#canMoveTo}) or it is merged into another report about the same event.
 */
@Entity
@Table(name = "report", schema = "intake")
public class Report {

    /** The {@code source_system} of the synthetic demo reports ({@code netra.demo.enabled}). */
    public static final String SYNTHETIC_SOURCE = "NETRA_DEMO";

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String electionCode;
    private String regionCode;
    /** {@code null} when the reporter was not sure which form of violation it is. */
    private String violationCode;
    private LocalDate occurredOn;
    private String place;
    private String description;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    @Enumerated(EnumType.STRING)
    private ReporterMode reporterMode;

    /** How the handling ended, once it has; {@code null} before (see {@link ReportOutcome}). */
    @Enumerated(EnumType.STRING)
    private ReportOutcome.Kind outcome;

    @Enumerated(EnumType.STRING)
    private SanctionLevel outcomeLevel;

    private UUID mergedInto;
    private String sourceSystem;
    private String externalId;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportedPerson> persons = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "evidence_link", schema = "intake", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    private List<String> links = new ArrayList<>();

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;

    /** Wrapper type: {@code null} tells Spring Data the report is new, so saving it needs no select first. */
    @Version
    private Long version;

    protected Report() {
    }

    public static Report submit(ReportDraft draft, Instant now, String actor) {
        namesSomeone(draft).orThrow();
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.channel = draft.channel();
        report.electionCode = draft.electionCode();
        report.regionCode = draft.regionCode();
        report.violationCode = draft.violationCode();
        report.occurredOn = draft.occurredOn();
        report.place = draft.place();
        report.description = draft.description();
        report.reporterMode = draft.reporterMode();
        report.sourceSystem = draft.sourceSystem();
        report.externalId = draft.externalId();
        report.status = ReportStatus.RECEIVED;
        report.links.addAll(draft.links());
        for (ReportDraft.Person person : draft.persons()) {
            report.persons.add(new ReportedPerson(report, report.persons.size(), person));
        }
        report.createdAt = now;
        report.updatedAt = now;
        report.createdBy = actor;
        return report;
    }

    public void moveTo(ReportStatus next, Instant now) {
        mayMoveTo(next).orThrow();
        status = next;
        updatedAt = now;
    }

    public void recordOutcome(ReportOutcome ending, Instant now) {
        outcome = ending.kind();
        outcomeLevel = ending.level();
        updatedAt = now;
    }

    public Optional<ReportOutcome> outcome() {
        return Optional.ofNullable(outcome).map(kind -> new ReportOutcome(kind, outcomeLevel));
    }

    /** This report tells of the same event as {@code target}: its reporter follows the target's status from now on. */
    public void mergeInto(Report target, Instant now) {
        mayMergeInto(target).orThrow();
        mergedInto = target.id;
        updatedAt = now;
    }

    /** A report is about at least one civil servant: the cases module opens one case per person named. */
    static Decision namesSomeone(ReportDraft draft) {
        return Decision.when(!draft.persons().isEmpty(), "intake.report.persons-required");
    }

    /** A merged report follows its target's status; otherwise the status only moves forward. */
    public Decision mayMoveTo(ReportStatus next) {
        return Decision.when(mergedInto == null, "intake.report.merged-follows-target")
                .and(() -> Decision.when(status.canMoveTo(next), "intake.report.status-not-allowed", status, next));
    }

    /** Merging is one level deep: never into itself, never twice, never into a report that is itself merged. */
    public Decision mayMergeInto(Report target) {
        return Decision.when(!target.id.equals(id), "intake.merge.self")
                .and(() -> Decision.when(mergedInto == null, "intake.merge.already-merged"))
                .and(() -> Decision.when(target.mergedInto == null, "intake.merge.target-merged"));
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public UUID id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public String electionCode() {
        return electionCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String violationCode() {
        return violationCode;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String place() {
        return place;
    }

    public String description() {
        return description;
    }

    public ReportStatus status() {
        return status;
    }

    public ReporterMode reporterMode() {
        return reporterMode;
    }

    public UUID mergedInto() {
        return mergedInto;
    }

    public String sourceSystem() {
        return sourceSystem;
    }

    public String externalId() {
        return externalId;
    }

    /** Demo data, written by the demo loader for a first look. */
    public boolean synthetic() {
        return SYNTHETIC_SOURCE.equals(sourceSystem);
    }

    public List<ReportedPerson> persons() {
        return List.copyOf(persons);
    }

    public List<String> links() {
        return List.copyOf(links);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Report that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Report[" + id + ", " + channel + ", " + status + "]";
    }
}
