// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.CaseNumber;
import id.netra.identity.CurrentUser;
import id.netra.identity.CurrentUserProvider;
import id.netra.identity.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases a report opened (one per reported civil servant), as far as the user may see them, for the report page.
 * Analysts see numbers and states only: names are for those who handle the case.
 */
@Service
public class CasesOfReport {

    private final JdbcClient jdbc;
    private final CurrentUserProvider users;

    CasesOfReport(JdbcClient jdbc, CurrentUserProvider users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<OpenedCase> of(UUID reportId) {
        CurrentUser user = users.require();
        boolean namesHidden = user.roles().stream().allMatch(role -> role == Role.ANALYST);
        CaseScopeSql scope = CaseScopeSql.of(user, CaseFilter.none());
        var statement = jdbc.sql("select c.id, c.opened_at, c.person_name, c.state from cases.case_file c where "
                + scope.where() + " and c.report_id = :reportId order by c.id").param("reportId", reportId);
        scope.params().forEach(statement::param);
        return statement.query((rs, n) -> new OpenedCase(rs.getLong(1),
                CaseNumber.of(rs.getLong(1), rs.getTimestamp(2).toInstant()),
                namesHidden ? null : rs.getString(3), rs.getString(4))).list();
    }

    /** @param personName {@code null} when the user sees the case pseudonymised */
    public record OpenedCase(long id, String number, String personName, String state) {
    }
}
