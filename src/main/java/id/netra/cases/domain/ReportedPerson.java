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

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "employment_type")
    private PersonEmployment employment;

    @Column(name = "area_head")
    private Boolean areaHead;

    @Column(name = "acting_regional_head")
    private Boolean actingRegionalHead;

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

    void correct(PersonCorrection correction) {
        if (correction.positionClass() != null) {
            positionClass = correction.positionClass().name();
        }
        if (correction.employment() != null) {
            employment = correction.employment();
        }
        if (correction.areaHead() != null) {
            areaHead = correction.areaHead();
        }
        if (correction.actingRegionalHead() != null) {
            actingRegionalHead = correction.actingRegionalHead();
        }
    }

    /** PNS, CPNS, PPPK or not a civil servant; {@code null} while nobody has established it. */
    public PersonEmployment employment() {
        return employment;
    }

    /** A camat or lurah ("kepala wilayah"); {@code null} while unknown. */
    public Boolean areaHead() {
        return areaHead;
    }

    /** An acting regional head (Pj); {@code null} while unknown. */
    public Boolean actingRegionalHead() {
        return actingRegionalHead;
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
