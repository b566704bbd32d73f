// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

import id.netra.reference.PositionClass;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** A civil servant named in a report; the cases module opens one case for each. */
@Entity
@Table(name = "reported_person", schema = "intake")
public class ReportedPerson {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    private int position;
    private String name;
    /** See {@link PersonNames#normalise}: the key for "same person" duplicate checks. */
    private String normalisedName;
    private String nip;
    private String agencyCode;
    private String agencyName;

    @Enumerated(EnumType.STRING)
    private PositionClass positionClass;

    private String positionTitle;

    protected ReportedPerson() {
    }

    ReportedPerson(Report report, int position, ReportDraft.Person person) {
        this.id = UUID.randomUUID();
        this.report = report;
        this.position = position;
        this.name = person.name();
        this.normalisedName = PersonNames.normalise(person.name());
        this.nip = person.nip();
        this.agencyCode = person.agencyCode();
        this.agencyName = person.agencyName();
        this.positionClass = person.positionClass();
        this.positionTitle = person.positionTitle();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String normalisedName() {
        return normalisedName;
    }

    public String nip() {
        return nip;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String agencyName() {
        return agencyName;
    }

    public PositionClass positionClass() {
        return positionClass;
    }

    public String positionTitle() {
        return positionTitle;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportedPerson that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
