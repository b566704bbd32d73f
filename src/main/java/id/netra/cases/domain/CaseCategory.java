// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The one statistical category a case is counted in under one taxonomy, so that category shares sum to 100%.
 * Chosen from the categories the case's violation form allows; a later taxonomy adds its own entry beside this one.
 */
@Entity
@Table(schema = "cases", name = "case_category")
public class CaseCategory {

    /** The buckets of the published KASN, BKN and Kemendagri statistics 2019–2024 (reference violation categories). */
    public static final String CURRENT_TAXONOMY = "KASN-BKN-2019-2024";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private Case caseFile;

    @Column(nullable = false)
    private String taxonomy;

    @Column(name = "category_code", nullable = false)
    private String categoryCode;

    @Column(name = "chosen_by", nullable = false)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected CaseCategory() {
    }

    CaseCategory(Case caseFile, String taxonomy, String categoryCode, Step step) {
        this.caseFile = caseFile;
        this.taxonomy = taxonomy;
        choose(categoryCode, step);
    }

    void choose(String code, Step step) {
        this.categoryCode = java.util.Objects.requireNonNull(code);
        this.chosenBy = step.actor();
        this.chosenAt = step.at();
    }

    public String taxonomy() {
        return taxonomy;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String chosenBy() {
        return chosenBy;
    }
}
