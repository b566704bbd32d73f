// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseCategory;
import id.netra.cases.domain.CaseCustody;
import id.netra.cases.domain.CaseTransition;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a batch of replayed cases with PostgreSQL {@code COPY}: the case rows go into a temporary staging table of
 * the session, then into {@code case_file} with one {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}, which skips
 * any (source, external id) imported before (so two imports of the same file at once cannot both create it) and
 * returns the new ids; the timeline, custody history and category of the cases that were created are then copied
 * straight into their tables, since their case ids are known. Runs in the caller's transaction.
 */
final class CaseBatchWriter {

    /** The staging table: the session's own, emptied at every commit. */
    static final String STAGE = "netra_import_case_stage";

    private static final List<String[]> CASE_COLUMNS = List.of(new String[] {"report_id", "uuid"},
            new String[] {"person_id", "uuid"}, new String[] {"election_code", "varchar"},
            new String[] {"region_code", "varchar"}, new String[] {"person_name", "varchar"},
            new String[] {"person_nip", "varchar"}, new String[] {"agency_code", "varchar"},
            new String[] {"agency_name", "varchar"}, new String[] {"position_class", "varchar"},
            new String[] {"violation_code", "varchar"}, new String[] {"occurred_on", "date"},
            new String[] {"channel", "varchar"}, new String[] {"state", "varchar"}, new String[] {"deadline", "date"},
            new String[] {"deadline_stage", "varchar"}, new String[] {"deadline_unit", "varchar"},
            new String[] {"deadline_basis", "varchar"}, new String[] {"supervising_authority", "varchar"},
            new String[] {"proposed_level", "varchar"}, new String[] {"sanction_code", "varchar"},
            new String[] {"sanction_level", "varchar"}, new String[] {"decree_number", "varchar"},
            new String[] {"decree_date", "date"}, new String[] {"lighter_than_mapped", "boolean"},
            new String[] {"lighter_justification", "text"}, new String[] {"outside_catalogue", "boolean"},
            new String[] {"skb_mapping_applicable", "boolean"}, new String[] {"recommended_on", "date"},
            new String[] {"decided_on", "date"}, new String[] {"outcome_reason", "varchar"},
            new String[] {"employment_type", "varchar"}, new String[] {"area_head", "boolean"},
            new String[] {"acting_regional_head", "boolean"}, new String[] {"opened_at", "timestamptz"},
            new String[] {"updated_at", "timestamptz"}, new String[] {"import_source", "varchar"},
            new String[] {"external_id", "varchar"}, new String[] {"import_batch_id", "uuid"});
    private static final List<String> CASE_NAMES = CASE_COLUMNS.stream().map(column -> column[0]).toList();
    private static final String CREATE_STAGE = "create temporary table if not exists " + STAGE + " (seq integer, "
            + CASE_COLUMNS.stream().map(column -> column[0] + " " + column[1]).collect(Collectors.joining(", "))
            + ") on commit delete rows";
    private static final String FROM_STAGE = "insert into cases.case_file (" + String.join(", ", CASE_NAMES)
            + ") select " + String.join(", ", CASE_NAMES) + " from " + STAGE + " order by seq"
            + " on conflict on constraint case_file_import_source_external_uk do nothing returning id, external_id";

    private final JdbcTemplate jdbc;
    private final CaseImports.Timings timings;

    CaseBatchWriter(JdbcTemplate jdbc, CaseImports.Timings timings) {
        this.jdbc = jdbc;
        this.timings = timings;
    }

    /** A replayed case and what the aggregate does not carry itself. */
    record Replayed(ImportedCase row, Case caseFile) {
    }

    /** What a written batch took: the cases created, in batch order (cases imported earlier are skipped). */
    List<Long> write(String source, UUID batchId, List<Replayed> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        long start = System.nanoTime();
        CopyRows cases = caseRows(source, batchId, batch);
        return jdbc.execute((ConnectionCallback<List<Long>>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE_STAGE);
            }
            cases.send(connection);
            Map<String, Long> created = new HashMap<>(batch.size() * 2);
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(FROM_STAGE)) {
                while (rs.next()) {
                    created.put(rs.getString(2), rs.getLong(1));
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("delete from " + STAGE);
            }
            long casesWritten = System.nanoTime();
            timings.writeCases += casesWritten - start;
            List<Long> ids = new ArrayList<>(created.size());
            CopyRows transitions = new CopyRows("cases.case_transition", List.of("case_id", "from_state", "to_state",
                    "action", "actor", "at", "reason", "effective_on", "document_refs"));
            CopyRows custody = new CopyRows("cases.case_custody", List.of("case_id", "holder_type", "holder_code",
                    "since", "until", "cause"));
            CopyRows categories = new CopyRows("cases.case_category", List.of("case_id", "taxonomy",
                    "category_code", "chosen_by", "chosen_at"));
            for (Replayed replayed : batch) {
                Long id = created.get(replayed.row().externalId());
                if (id == null) {
                    continue;
                }
                ids.add(id);
                Case c = replayed.caseFile();
                for (CaseTransition t : c.transitions()) {
                    transitions.row().add(id).add(t.from()).add(t.to()).add(t.action()).add(t.actor()).add(t.at())
                            .add(t.reason()).add(t.effectiveOn()).add(arrayLiteral(t.documentRefs()));
                }
                for (CaseCustody held : c.custodyHistory()) {
                    custody.row().add(id).add(held.holderType()).add(held.holderCode()).add(held.since())
                            .add(held.until()).add(held.cause());
                }
                if (c.categoryCode() != null) {
                    categories.row().add(id).add(CaseCategory.CURRENT_TAXONOMY).add(c.categoryCode())
                            .add(c.transitions().get(0).actor()).add(lastAt(c));
                }
            }
            transitions.send(connection);
            custody.send(connection);
            categories.send(connection);
            timings.writeHistory += System.nanoTime() - casesWritten;
            return ids;
        });
    }

    /** The case rows in staging order; built before the connection is taken. */
    private static CopyRows caseRows(String source, UUID batchId, List<Replayed> batch) {
        List<String> columns = new ArrayList<>(CASE_NAMES.size() + 1);
        columns.add("seq");
        columns.addAll(CASE_NAMES);
        CopyRows rows = new CopyRows(STAGE, columns);
        int seq = 0;
        for (Replayed replayed : batch) {
            Case c = replayed.caseFile();
            ImportedCase row = replayed.row();
            var person = c.person();
            var deadline = c.deadline();
            var decision = c.decision();
            rows.row().add(seq++).add(c.reportId()).add(person.personId()).add(c.electionCode()).add(c.regionCode())
                    .add(person.name()).add(person.nip()).add(person.agencyCode()).add(person.agencyName())
                    .add(person.positionClass()).add(c.violationCode()).add(c.occurredOn()).add(c.channel())
                    .add(c.state());
            if (deadline != null) {
                rows.add(deadline.due()).add(deadline.stage()).add(deadline.unit()).add(deadline.basis());
            } else {
                rows.add(null).add(null).add(null).add(null);
            }
            rows.add(c.supervisingAuthority()).add(c.proposedLevel());
            if (decision != null) {
                rows.add(decision.sanctionCode()).add(decision.level()).add(decision.decreeNumber())
                        .add(decision.decreeDate()).add(decision.lighterThanMapped()).add(decision.justification())
                        .add(decision.outsideCatalogue()).add(decision.skbMappingApplicable());
            } else {
                rows.add(null).add(null).add(null).add(null).add(null).add(null).add(null).add(null);
            }
            rows.add(c.dates().recommendedOn()).add(c.dates().decidedOn()).add(c.outcomeReason())
                    .add(row.employment()).add(row.areaHead()).add(row.actingRegionalHead()).add(c.openedAt())
                    .add(lastAt(c)).add(source).add(row.externalId()).add(batchId);
        }
        return rows;
    }

    /** The latest recorded moment of the case's timeline: its {@code updated_at}. */
    private static Instant lastAt(Case c) {
        return c.transitions().stream().map(CaseTransition::at).max(Instant::compareTo).orElse(c.openedAt());
    }

    /** A PostgreSQL array literal, each element quoted: decree numbers contain slashes, spaces and commas. */
    static String arrayLiteral(List<String> items) {
        return items.stream().map(item -> "\"" + item.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
