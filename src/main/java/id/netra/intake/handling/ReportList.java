// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import id.netra.identity.CurrentUser;
import id.netra.intake.ReportOfCase;
import id.netra.intake.ReportStatus;
import id.netra.intake.domain.ReportAccessPolicy;
import id.netra.reference.ReferenceNames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The handlers' report list, filtered, sorted, paged and limited to the user's region scope. */
@Service
public class ReportList {

    private final JdbcClient jdbc;
    private final ReferenceNames names;
    private final ObjectProvider<ReportOfCase> cases;
    private final ReportAccessPolicy policy = new ReportAccessPolicy();

    ReportList(JdbcClient jdbc, ReferenceNames names, ObjectProvider<ReportOfCase> cases) {
        this.jdbc = jdbc;
        this.names = names;
        this.cases = cases;
    }

    public Page list(CurrentUser user, ReportFilter filter) {
        Query query = query(user, filter);
        long total = query.bind(jdbc.sql("select count(*) from intake.report r" + query.where()))
                .query(Long.class).single();
        String select = """
                select r.id, r.channel, r.election_code, r.region_code, r.violation_code, r.occurred_on, r.status,
                       r.reporter_mode, r.merged_into, r.created_at, left(r.description, 500) as description,
                       (select string_agg(p.name, ', ' order by p.position)
                          from intake.reported_person p where p.report_id = r.id) as persons,
                       (select string_agg(distinct coalesce(p.agency_code, p.agency_name), ', ')
                          from intake.reported_person p where p.report_id = r.id) as agencies,
                       (select count(*) from intake.evidence_file e where e.report_id = r.id) as evidence_count,
                       (select count(*) from intake.duplicate_flag d
                         where (d.report_id = r.id or d.other_report_id = r.id) and d.status = 'OPEN') as open_flags
                  from intake.report r""";
        String order = " order by " + filter.sort().column + (filter.ascending() ? " asc" : " desc") + ", r.id"
                + " limit " + filter.pageSize() + " offset " + ((long) filter.page() * filter.pageSize());
        List<ReportRow> rows = query.bind(jdbc.sql(select + query.where() + order)).query(ReportList::map).list();
        return new Page(rows, total, filter);
    }

    /** Throws {@link AccessDeniedException} unless the user may list reports at all (any scope). */
    public void requireMayList(CurrentUser user) {
        if (!policy.mayList(user)) {
            throw new AccessDeniedException("not a report handler");
        }
    }

    private Query query(CurrentUser user, ReportFilter filter) {
        requireMayList(user);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        String scope = policy.listScope(user);
        if (scope != null) {
            conditions.add("(r.region_code = :scope or r.region_code like :scopePrefix)");
            params.put("scope", scope);
            params.put("scopePrefix", scope + ".%");
        }
        if (filter.electionCode() != null) {
            conditions.add("r.election_code = :election");
            params.put("election", filter.electionCode());
        }
        if (filter.regionCode() != null) {
            conditions.add("(r.region_code = :region or r.region_code like :regionPrefix)");
            params.put("region", filter.regionCode());
            params.put("regionPrefix", filter.regionCode().replace("%", "").replace("_", "") + ".%");
        }
        if (filter.status() != null) {
            conditions.add("r.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.text() != null) {
            conditions.add(textCondition(filter.text(), params));
        }
        return new Query(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /**
     * A case number the report opened, or a reported person's name (anywhere in it), NIP (its start, spaces ignored)
     * or agency (name, abbreviation or code, through the reference data, or the agency name the reporter typed).
     */
    private String textCondition(String text, Map<String, Object> params) {
        List<String> person = new ArrayList<>();
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        params.put("textLike", "%" + escaped + "%");
        person.add("p.name ilike :textLike escape '\\'");
        person.add("p.agency_name ilike :textLike escape '\\'");
        String digits = text.replace(" ", "");
        if (digits.matches("[0-9]{4,18}")) {
            person.add("p.nip like :textPrefix");
            params.put("textPrefix", digits + "%");
        }
        // two letters name half the agencies of the country: the reference data is asked from three on
        Set<String> agencies = text.strip().length() < 3 ? Set.of() : names.agencyCodesContaining(text);
        if (!agencies.isEmpty()) {
            person.add("p.agency_code in (:textAgencies)");
            params.put("textAgencies", List.copyOf(agencies));
        }
        List<String> any = new ArrayList<>();
        any.add("exists (select 1 from intake.reported_person p where p.report_id = r.id and ("
                + String.join(" or ", person) + "))");
        ReportOfCase lookup = cases.getIfAvailable();
        Optional<UUID> fromCase = lookup == null ? Optional.empty() : lookup.reportOf(text);
        fromCase.ifPresent(report -> {
            any.add("r.id = :textReport");
            params.put("textReport", report);
        });
        return "(" + String.join(" or ", any) + ")";
    }

    private static ReportRow map(ResultSet rs, int row) throws SQLException {
        return new ReportRow(rs.getObject("id", UUID.class), rs.getString("channel"), rs.getString("election_code"),
                rs.getString("region_code"), rs.getString("violation_code"),
                rs.getObject("occurred_on", java.time.LocalDate.class), ReportStatus.valueOf(rs.getString("status")),
                rs.getString("reporter_mode"), rs.getObject("merged_into", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("persons"), rs.getString("agencies"),
                rs.getInt("evidence_count"), rs.getInt("open_flags"), rs.getString("description"));
    }

    private record Query(String where, Map<String, Object> params) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.params(params);
        }
    }

    /** A page of rows with the total count for the pager. */
    public record Page(List<ReportRow> rows, long total, ReportFilter filter) {

        public boolean hasNext() {
            return (long) (filter.page() + 1) * filter.pageSize() < total;
        }
    }
}
