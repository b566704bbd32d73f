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

    @Column(name = "outside_catalogue")
    private Boolean outsideCatalogue;

    @Column(name = "skb_mapping_applicable")
    private Boolean skbMappingApplicable;

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
        this.outsideCatalogue = false;
        this.skbMappingApplicable = true;
    }

    /**
     * @param outsideCatalogue the sanction is not in the catalogue in force on the incident date (recorded as the
     *     PPK decided it, and flagged)
     * @param skbMappingApplicable the incident is from 22 Sep 2022 on, when the SKB 2022 mapping of violation forms
     *     to sanctions exists; before that, "lighter than mapped" is not judged
     */
    public SanctionDecision(String sanctionCode, SanctionLevel level, String decreeNumber, LocalDate decreeDate,
            boolean lighterThanMapped, String justification, boolean outsideCatalogue, boolean skbMappingApplicable) {
        this(sanctionCode, level, decreeNumber, decreeDate, lighterThanMapped, justification);
        this.outsideCatalogue = outsideCatalogue;
        this.skbMappingApplicable = skbMappingApplicable;
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

    public boolean outsideCatalogue() {
        return Boolean.TRUE.equals(outsideCatalogue);
    }

    /** {@code false} for incidents before the SKB 2022; decisions recorded before this flag existed count as true. */
    public boolean skbMappingApplicable() {
        return !Boolean.FALSE.equals(skbMappingApplicable);
    }
}
