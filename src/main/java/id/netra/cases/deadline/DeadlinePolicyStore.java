// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.deadline;

import id.netra.cases.domain.DeadlineStage;
import id.netra.cases.domain.DeadlineUnit;
import id.netra.cases.domain.ElectionType;
import id.netra.cases.domain.RuleBasis;
import id.netra.shared.web.Citations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and appends {@code cases.deadline_policy}, one row per version and stage. The table is tiny; it is read
 * fresh on every use, so a version added at run time applies from its first day without a restart. Each stage's
 * source is read as officers should see it ({@link Citations}): the rows are append-only, so an uncertainty marker
 * stored by the first release is said in words when read, not rewritten.
 */
@Repository
public class DeadlinePolicyStore {

    private final JdbcClient jdbc;
    private final Citations citations;

    public DeadlinePolicyStore(JdbcClient jdbc, Citations citations) {
        this.jdbc = jdbc;
        this.citations = citations;
    }

    /** The versions that set deadlines: every version except withdrawn ones. */
    public List<DeadlinePolicy> versions() {
        return history().active().stream().map(PolicyVersion::policy).toList();
    }

    /** Every version, withdrawn ones included. */
    public PolicyHistory history() {
        List<Row> rows = jdbc.sql("""
                select version, valid_from, election_type, stage, amount, unit, basis, source, created_at, created_by,
                       backdate_reason, withdrawn_at, withdrawn_by, withdrawal_reason
                from cases.deadline_policy order by version, stage""")
                .query(this::row).list();
        Map<Integer, List<Row>> byVersion = new TreeMap<>();
        rows.forEach(row -> byVersion.computeIfAbsent(row.version(), v -> new ArrayList<>()).add(row));
        return new PolicyHistory(byVersion.values().stream().map(DeadlinePolicyStore::version).toList());
    }

    /** Appends all stages of a version that the rules accepted. */
    public void insert(int version, LocalDate validFrom, List<DeadlineRule> rules, Instant at, String actor) {
        insert(version, validFrom, null, rules, null, at, actor);
    }

    /** @param electionType {@code null}: every election; @param backdateReason for a version added after its start */
    public void insert(int version, LocalDate validFrom, ElectionType electionType, List<DeadlineRule> rules,
            String backdateReason, Instant at, String actor) {
        for (DeadlineRule rule : rules) {
            jdbc.sql("""
                    insert into cases.deadline_policy (version, valid_from, election_type, stage, amount, unit, basis,
                                                      source, backdate_reason, created_at, created_by)
                    values (:version, :validFrom, :type, :stage, :amount, :unit, :basis, :source, :backdateReason,
                            :at, :actor)""")
                    .param("version", version).param("validFrom", validFrom)
                    .param("type", electionType == null ? null : electionType.name())
                    .param("stage", rule.stage().name())
                    .param("amount", rule.amount()).param("unit", rule.unit().name())
                    .param("basis", rule.basis().name()).param("source", rule.source())
                    .param("backdateReason", backdateReason)
                    .param("at", Timestamp.from(at)).param("actor", actor)
                    .update();
        }
    }

    /** Marks every stage of a version withdrawn; answers whether this call withdrew it. */
    public boolean withdraw(int version, Instant at, String actor, String reason) {
        return jdbc.sql("""
                update cases.deadline_policy
                   set withdrawn_at = :at, withdrawn_by = :actor, withdrawal_reason = :reason
                 where version = :version and withdrawn_at is null""")
                .param("at", Timestamp.from(at)).param("actor", actor).param("reason", reason)
                .param("version", version).update() > 0;
    }

    private record Row(int version, LocalDate validFrom, ElectionType electionType, DeadlineRule rule,
            Instant createdAt, String createdBy, String backdateReason, PolicyVersion.Withdrawal withdrawal) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Timestamp withdrawnAt = rs.getTimestamp("withdrawn_at");
        String type = rs.getString("election_type");
        return new Row(rs.getInt("version"), rs.getObject("valid_from", LocalDate.class),
                type == null ? null : ElectionType.valueOf(type),
                new DeadlineRule(DeadlineStage.valueOf(rs.getString("stage")), rs.getInt("amount"),
                        DeadlineUnit.valueOf(rs.getString("unit")), citations.text(rs.getString("source")),
                        RuleBasis.valueOf(rs.getString("basis"))),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getString("backdate_reason"),
                withdrawnAt == null ? null : new PolicyVersion.Withdrawal(withdrawnAt.toInstant(),
                        rs.getString("withdrawn_by"), rs.getString("withdrawal_reason")));
    }

    private static PolicyVersion version(List<Row> group) {
        Row first = group.get(0);
        return new PolicyVersion(first.version(), first.validFrom(), first.electionType(),
                group.stream().map(Row::rule).toList(), first.createdAt(), first.createdBy(), first.withdrawal(),
                first.backdateReason());
    }
}
