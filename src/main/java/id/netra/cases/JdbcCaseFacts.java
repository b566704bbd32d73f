// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases;

import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseCategory;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link CaseFacts} in one query over the case file, its category and the first steps of its timeline. */
@Component
class JdbcCaseFacts implements CaseFacts {

    private static final String SELECT = """
            select c.id, c.election_code, c.region_code, c.agency_code, cat.category_code, c.violation_code,
                   c.position_class, c.area_head, c.employment_type, c.state, c.occurred_on,
                   coalesce((select t.effective_on from cases.case_transition t
                             where t.case_id = c.id and t.action = 'OPEN' order by t.id limit 1),
                            (c.opened_at at time zone 'Asia/Jakarta')::date) as reported_on,
                   exists (select 1 from cases.case_transition t
                           where t.case_id = c.id and t.action = 'FORWARD') as forwarded,
                   c.recommended_on, c.decided_on, c.sanction_level, c.outcome_reason,
                   c.channel is not distinct from :demo as synthetic
            from cases.case_file c
            left join cases.case_category cat on cat.case_id = c.id and cat.taxonomy = :taxonomy
            """;

    private final JdbcClient jdbc;
    private final EntityManager entities;

    JdbcCaseFacts(JdbcClient jdbc, EntityManager entities) {
        this.jdbc = jdbc;
        this.entities = entities;
    }

    @Override
    public List<CaseFact> of(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        flushPendingChanges();
        // one statement for the lot (an import batch is 10,000 cases): an array parameter, not an IN list to plan
        return jdbc.sql(SELECT.replace(":demo", "?").replace(":taxonomy", "?") + " where c.id = any(?)")
                .params(Case.SYNTHETIC_CHANNEL, CaseCategory.CURRENT_TAXONOMY, caseIds.toArray(Long[]::new))
                .query((rs, n) -> fact(rs)).list();
    }

    @Override
    public void forEach(Consumer<CaseFact> action) {
        flushPendingChanges();
        jdbc.sql(SELECT).param("demo", Case.SYNTHETIC_CHANNEL).param("taxonomy", CaseCategory.CURRENT_TAXONOMY)
                .withFetchSize(5000).query((ResultSet rs) -> {
                    action.accept(fact(rs));
                });
    }

    /** The case change of this transaction may still sit in the JPA session; plain SQL would not see it. */
    private void flushPendingChanges() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entities.flush();
        }
    }

    private static CaseFact fact(ResultSet rs) throws SQLException {
        return new CaseFact(rs.getLong("id"), rs.getString("election_code"), rs.getString("region_code"),
                rs.getString("agency_code"), rs.getString("category_code"), rs.getString("violation_code"),
                rs.getString("position_class"), (Boolean) rs.getObject("area_head"), rs.getString("employment_type"),
                CaseStateChanged.State.valueOf(rs.getString("state")), rs.getObject("reported_on", LocalDate.class),
                rs.getObject("occurred_on", LocalDate.class), rs.getBoolean("forwarded"),
                rs.getObject("recommended_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                rs.getString("sanction_level"), rs.getString("outcome_reason"), rs.getBoolean("synthetic"));
    }
}
