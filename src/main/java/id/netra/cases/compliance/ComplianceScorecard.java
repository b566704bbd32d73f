// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.compliance;

import id.netra.cases.application.CaseFilter;
import id.netra.cases.application.CaseScopeSql;
import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.reference.Agency;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.Region;
import id.netra.reference.RegionDirectory;
import id.netra.reference.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PPK compliance scorecard: per agency (each agency has one PPK) or per region, how many recommendations were
 * followed, how fast in working days, how many went late or blocked, and how many decisions were lighter than the
 * catalogue. Users see the rows their case scope covers: a supervisor the PPKs of their region, a PPK officer their
 * own agency.
 */
@Service
public class ComplianceScorecard {

    public enum GroupBy { AGENCY, REGION }

    /** Fields a scorecard can be sorted by. */
    public enum SortBy {
        CODE(Comparator.comparing(ComplianceRow::code)),
        RECOMMENDED(Comparator.comparingInt(ComplianceRow::recommended)),
        SANCTIONED(Comparator.comparingInt(ComplianceRow::sanctioned)),
        OVERDUE(Comparator.comparingInt(ComplianceRow::overdue)),
        BLOCKED(Comparator.comparingInt(ComplianceRow::blocked)),
        MEDIAN(Comparator.comparing(ComplianceRow::medianWorkingDaysToAct,
                Comparator.nullsLast(Comparator.naturalOrder()))),
        P90(Comparator.comparing(ComplianceRow::p90WorkingDaysToAct, Comparator.nullsLast(Comparator.naturalOrder()))),
        COMPLIANCE(Comparator.comparing(ComplianceRow::complianceRate,
                Comparator.nullsLast(Comparator.naturalOrder()))),
        LIGHTER(Comparator.comparingInt(ComplianceRow::lighterThanMapped));

        private final Comparator<ComplianceRow> order;

        SortBy(Comparator<ComplianceRow> order) {
            this.order = order;
        }
    }

    private record Recommended(String agencyCode, String agencyName, String regionCode, LocalDate recommendedOn,
            LocalDate decidedOn, boolean overdue, boolean blocked, boolean lighter) {
    }

    private final CurrentUserProvider users;
    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final AgencyDirectory agencies;
    private final RegionDirectory regions;

    ComplianceScorecard(CurrentUserProvider users, JdbcClient jdbc, WorkingDayCalendar calendar,
            AgencyDirectory agencies, RegionDirectory regions) {
        this.users = users;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.agencies = agencies;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    public List<ComplianceRow> rows(GroupBy groupBy, SortBy sortBy, boolean descending) {
        CurrentUser user = users.require();
        CaseScopeSql scope = CaseScopeSql.of(user, CaseFilter.none());
        var statement = jdbc.sql("""
                select c.agency_code, c.agency_name, c.region_code, c.recommended_on, c.decided_on,
                       c.first_overdue_on is not null as overdue, c.first_blocked_on is not null as blocked,
                       coalesce(c.lighter_than_mapped, false) as lighter
                from cases.case_file c
                where c.recommended_on is not null and c.agency_code is not null and %s""".formatted(scope.where()));
        scope.params().forEach(statement::param);
        List<Recommended> recommended = statement.query((rs, n) -> new Recommended(rs.getString("agency_code"),
                rs.getString("agency_name"), rs.getString("region_code"),
                rs.getObject("recommended_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                rs.getBoolean("overdue"), rs.getBoolean("blocked"), rs.getBoolean("lighter"))).list();

        Function<Recommended, String> key = groupBy == GroupBy.AGENCY ? Recommended::agencyCode
                : Recommended::regionCode;
        Map<String, List<Recommended>> groups = new TreeMap<>();
        recommended.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        Comparator<ComplianceRow> order = descending ? sortBy.order.reversed() : sortBy.order;
        return groups.entrySet().stream().map(group -> row(groupBy, group.getKey(), group.getValue()))
                .sorted(order.thenComparing(ComplianceRow::code)).toList();
    }

    private ComplianceRow row(GroupBy groupBy, String code, List<Recommended> cases) {
        List<Integer> daysToAct = cases.stream().filter(r -> r.decidedOn() != null)
                .map(r -> calendar.workingDaysBetween(r.recommendedOn(), r.decidedOn())).sorted().toList();
        int sanctioned = daysToAct.size();
        int recommended = cases.size();
        return new ComplianceRow(code, name(groupBy, code, cases.get(0)), recommended, sanctioned,
                (int) cases.stream().filter(Recommended::overdue).count(),
                (int) cases.stream().filter(Recommended::blocked).count(), recommended - sanctioned,
                Percentiles.median(daysToAct), Percentiles.nearestRank(daysToAct, 90),
                recommended == 0 ? null : (double) sanctioned / recommended,
                (int) cases.stream().filter(Recommended::lighter).count());
    }

    private String name(GroupBy groupBy, String code, Recommended sample) {
        return groupBy == GroupBy.AGENCY
                ? agencies.find(code).map(Agency::name).orElse(sample.agencyName())
                : regions.find(code).map(Region::name).orElse(code);
    }
}
