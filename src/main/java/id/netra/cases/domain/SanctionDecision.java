// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import id.netra.reference.SanctionLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The PPK's decree. {@code lighterThanMapped} flags a sanction below the catalogue mapping of the violation, which
 * the sanction-consistency policy allows only with a written justification; compliance figures count the flag.
 */
@Embeddable
public class SanctionDecision {

    @Column(name = "sanction_code")
    private String sanctionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "sanction_level")
    private SanctionLevel level;

    @Column(name = "decree_number")
    private String decreeNumber;

    @Column(name = "decree_date")
    private LocalDate decreeDate;

    // nullable so that a case without a decision loads with no SanctionDecision at all
    @Column(name = "lighter_than_mapped")
    private Boolean lighterThanMapped;

    @Column(name = "lighter_justification")
    private String justification;

    protected SanctionDecision() {
    }

    public SanctionDecision(String sanctionCode, SanctionLevel level, String decreeNumber, LocalDate decreeDate,
            boolean lighterThanMapped, String justification) {
        this.sanctionCode = Objects.requireNonNull(sanctionCode);
        this.level = Objects.requireNonNull(level);
        this.decreeNumber = Objects.requireNonNull(decreeNumber);
        this.decreeDate = Objects.requireNonNull(decreeDate);
        this.lighterThanMapped = lighterThanMapped;
        this.justification = justification;
    }

    public String sanctionCode() {
        return sanctionCode;
    }

    public SanctionLevel level() {
        return level;
    }

    public String decreeNumber() {
        return decreeNumber;
    }

    public LocalDate decreeDate() {
        return decreeDate;
    }

    public boolean lighterThanMapped() {
        return Boolean.TRUE.equals(lighterThanMapped);
    }

    public String justification() {
        return justification;
    }
}
