// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** The civil servant a case is about, as the report named them; the agency may be resolved later by Satgas/BKN. */
@Embeddable
public class ReportedPerson {

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "person_name", nullable = false)
    private String name;

    @Column(name = "person_nip")
    private String nip;

    @Column(name = "agency_code")
    private String agencyCode;

    @Column(name = "agency_name")
    private String agencyName;

    @Column(name = "position_class")
    private String positionClass;

    @Column(name = "position_title")
    private String positionTitle;

    protected ReportedPerson() {
    }

    public ReportedPerson(UUID personId, String name, String nip, String agencyCode, String agencyName,
            String positionClass, String positionTitle) {
        this.personId = Objects.requireNonNull(personId);
        this.name = Objects.requireNonNull(name);
        this.nip = nip;
        this.agencyCode = agencyCode;
        this.agencyName = agencyName;
        this.positionClass = positionClass;
        this.positionTitle = positionTitle;
    }

    void resolveAgency(String code, String resolvedName) {
        this.agencyCode = Objects.requireNonNull(code);
        if (resolvedName != null) {
            this.agencyName = resolvedName;
        }
    }

    public UUID personId() {
        return personId;
    }

    public String name() {
        return name;
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

    public String positionClass() {
        return positionClass;
    }

    public String positionTitle() {
        return positionTitle;
    }
}
