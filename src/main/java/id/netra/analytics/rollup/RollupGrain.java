// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.rollup;

import id.netra.cases.CaseFacts.CaseFact;
import id.netra.cases.CaseStateChanged.State;
import id.netra.reference.ElectionPhase;
import id.netra.reference.ElectionSchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Where a case is counted: its facts reduced to the rollup's dimensions. */
@Component
public class RollupGrain {

    /** Outcome of a case still being handled. */
    public static final String IN_PROGRESS = "IN_PROGRESS";
    /** Outcome of a case the PPK decided (with a sanction). */
    public static final String SANCTIONED = "SANCTIONED";

    /** Final states that are an outcome of their own when no coded reason says more. */
    private static final Set<State> FINAL = EnumSet.of(State.NOT_A_VIOLATION, State.NOT_ASN, State.NOT_REGISTERED,
            State.STOPPED, State.NOT_PROVEN, State.CANCELLED, State.REJECTED, State.LEFT_SERVICE,
            State.SANCTION_ANNULLED);

    private final ElectionSchedule schedule;
    private final Map<String, List<ElectionPhase>> phases = new ConcurrentHashMap<>();

    public RollupGrain(ElectionSchedule schedule) {
        this.schedule = schedule;
    }

    public RollupKey keyOf(CaseFact fact) {
        int funnel = fact.decidedOn() != null ? 3 : fact.recommendedOn() != null ? 2 : fact.forwarded() ? 1 : 0;
        Integer decisionDays = fact.decidedOn() != null && fact.recommendedOn() != null
                ? (int) ChronoUnit.DAYS.between(fact.recommendedOn(), fact.decidedOn()) : null;
        return new RollupKey(fact.electionCode(), weekOf(fact.reportedOn()), phase(fact), provinceOf(fact.regionCode()),
                fact.regionCode(), fact.agencyCode(), fact.categoryCode(), fact.violationCode(), fact.positionClass(),
                fact.areaHead(), fact.employmentType(), funnel, fact.sanctionLevel(), outcome(fact), decisionDays,
                fact.synthetic());
    }

    /** Forget cached election phases (after an administrator changed an election's schedule). */
    public void forgetPhases() {
        phases.clear();
    }

    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static String provinceOf(String regionCode) {
        int dot = regionCode.indexOf('.');
        return dot < 0 ? regionCode : regionCode.substring(0, dot);
    }

    static String outcome(CaseFact fact) {
        if (fact.outcomeReason() != null) {
            return fact.outcomeReason();
        }
        if (fact.state() == State.SANCTIONED || fact.state() == State.UNDER_APPEAL
                || (fact.decidedOn() != null && fact.state() != State.SANCTION_ANNULLED)) {
            return SANCTIONED;
        }
        return FINAL.contains(fact.state()) ? fact.state().name() : IN_PROGRESS;
    }

    /** The phase of the incident date; the same rule as {@link ElectionSchedule#phaseOn}, read from cached phases. */
    private String phase(CaseFact fact) {
        if (fact.occurredOn() == null) {
            return null;
        }
        return phases.computeIfAbsent(fact.electionCode(), schedule::phases).stream()
                .filter(phase -> phase.contains(fact.occurredOn())).findFirst()
                .map(phase -> phase.kind().name()).orElse(null);
    }
}
