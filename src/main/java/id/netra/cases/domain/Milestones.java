// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The dates the PPK compliance scorecard is computed from. Each is set the first time the milestone is reached and
 * never moved, so that re-running the sweep or a second block does not rewrite history.
 */
@Embeddable
public class Milestones {

    @Column(name = "recommended_on")
    private LocalDate recommendedOn;

    @Column(name = "first_overdue_on")
    private LocalDate firstOverdueOn;

    @Column(name = "first_blocked_on")
    private LocalDate firstBlockedOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    void recommended(LocalDate day) {
        recommendedOn = recommendedOn == null ? day : recommendedOn;
    }

    void overdue(LocalDate day) {
        firstOverdueOn = firstOverdueOn == null ? day : firstOverdueOn;
    }

    void blocked(LocalDate day) {
        firstBlockedOn = firstBlockedOn == null ? day : firstBlockedOn;
    }

    void decided(LocalDate day) {
        decidedOn = decidedOn == null ? day : decidedOn;
    }

    public LocalDate recommendedOn() {
        return recommendedOn;
    }

    public LocalDate firstOverdueOn() {
        return firstOverdueOn;
    }

    public LocalDate firstBlockedOn() {
        return firstBlockedOn;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }
}
