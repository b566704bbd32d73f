// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.deadline.DaysLeft;
import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseNumber;
import id.netra.cases.domain.CaseScope;
import id.netra.cases.domain.Deadline;
import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import id.netra.cases.domain.policy.CaseScopePolicy;
import id.netra.cases.domain.policy.CaseScopePolicy.Visibility;
import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the workflow: one case's details and paged, sorted, scoped lists. */
@Service
public class CaseQueries {

    public static final int MAX_PAGE_SIZE = 100;

    /** Sort keys the API accepts, mapped to columns; anything else falls back to the deadline. */
    private static final Map<String, String> SORTS = Map.of("deadline", "c.deadline", "id", "c.id", "state",
            "c.state", "updatedAt", "c.updated_at", "openedAt", "c.opened_at", "agency", "c.agency_code",
            "region", "c.region_code");

    private final CurrentUserProvider users;
    private final CaseAccess access;
    private final CaseDetailsAssembler assembler;
    private final CaseLetterIndex letters;
    private final CaseScopePolicy scopes;
    private final Pseudonymizer pseudonyms;
    private final DaysLeft daysLeft;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseQueries(CurrentUserProvider users, CaseAccess access, CaseDetailsAssembler assembler, CaseLetterIndex letters,
            CaseScopePolicy scopes, Pseudonymizer pseudonyms, DaysLeft daysLeft, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.access = access;
        this.assembler = assembler;
        this.letters = letters;
        this.scopes = scopes;
        this.pseudonyms = pseudonyms;
        this.daysLeft = daysLeft;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CaseDetails details(long caseId) {
        CurrentUser user = users.require();
        Case c = access.visibleCase(user, caseId);
        boolean pseudonymised = access.visibility(user, c) == Visibility.PSEUDONYMISED;
        return assembler.assemble(user, c, pseudonymised, LocalDate.now(clock), letters.lettersOf(caseId));
    }

    /** @param sort {@code field} or {@code field,desc}; see {@link #SORTS} */
    @Transactional(readOnly = true)
    public CasePage list(CaseFilter filter, int page, int size, String sort) {
        CurrentUser user = users.require();
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        CaseScopeSql query = CaseScopeSql.of(user, filter);
        long total = bind(jdbc.sql("select count(*) from cases.case_file c where " + query.where()), query)
                .query(Long.class).single();
        List<CaseSummary> items = rows(user, query, sort, pageSize, (long) pageNumber * pageSize);
        return new CasePage(items, pageNumber, pageSize, total, (int) ((total + pageSize - 1) / pageSize));
    }

    /** Every matching case up to {@code max}, in the list's order and with the list's scope, for exports. */
    @Transactional(readOnly = true)
    public List<CaseSummary> export(CaseFilter filter, String sort, int max) {
        CurrentUser user = users.require();
        return rows(user, CaseScopeSql.of(user, filter), sort, Math.max(0, max), 0);
    }

    private List<CaseSummary> rows(CurrentUser user, CaseScopeSql query, String sort, int limit, long offset) {
        LocalDate today = LocalDate.now(clock);
        return bind(jdbc.sql("""
                select c.id, c.opened_at, c.state, c.election_code, c.region_code, c.agency_code, c.person_name,
                       c.person_nip, c.person_id, c.violation_code, c.deadline, c.deadline_stage, c.deadline_unit,
                       c.lighter_than_mapped, c.updated_at
                from cases.case_file c where %s order by %s limit :limit offset :offset"""
                .formatted(query.where(), orderBy(sort))), query)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> summary(rs, user, today)).list();
    }

    private CaseSummary summary(ResultSet rs, CurrentUser user, LocalDate today) throws SQLException {
        String region = rs.getString("region_code");
        String agency = rs.getString("agency_code");
        boolean pseudonymised = scopes.visibility(user, new CaseScope(region, agency)) == Visibility.PSEUDONYMISED;
        LocalDate due = rs.getObject("deadline", LocalDate.class);
        Integer left = due == null ? null : daysLeft.until(new Deadline(
                DeadlineStage.valueOf(rs.getString("deadline_stage")), due,
                DeadlineUnit.valueOf(rs.getString("deadline_unit"))), today);
        String name = pseudonymised
                ? pseudonyms.pseudonym(rs.getString("person_nip"), rs.getObject("person_id", UUID.class))
                : rs.getString("person_name");
        long id = rs.getLong("id");
        Instant opened = rs.getTimestamp("opened_at").toInstant();
        return new CaseSummary(id, CaseNumber.of(id, opened), rs.getString("state"), rs.getString("election_code"),
                region, agency, name, rs.getString("violation_code"), due, left,
                rs.getBoolean("lighter_than_mapped"), rs.getTimestamp("updated_at").toInstant());
    }

    private static String orderBy(String sort) {
        String field = sort == null ? "deadline" : sort.split(",")[0].strip();
        boolean descending = sort != null && sort.toLowerCase(java.util.Locale.ROOT).endsWith(",desc");
        String column = SORTS.getOrDefault(field, "c.deadline");
        return column + (descending ? " desc nulls last" : " asc nulls last") + ", c.id";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CaseScopeSql query) {
        query.params().forEach(spec::param);
        return spec;
    }
}
