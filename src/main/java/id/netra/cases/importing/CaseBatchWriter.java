// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.cases.domain.Case;
import id.netra.cases.domain.CaseCategory;
import id.netra.cases.domain.CaseCustody;
import id.netra.cases.domain.CaseTransition;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * Writes a batch of replayed cases with multi-row inserts: the case rows first, skipping any (source, external id)
 * imported before ({@code ON CONFLICT DO NOTHING}, so two imports of the same file at once cannot both create it),
 * then the timeline, custody history and category of the cases that were created. Runs in the caller's transaction.
 */
final class CaseBatchWriter {

    private final JdbcTemplate jdbc;

    CaseBatchWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A replayed case and what the aggregate does not carry itself. */
    record Replayed(ImportedCase row, Case caseFile) {
    }

    /** @return the ids of the cases created, in batch order (cases imported earlier are skipped) */
    List<Long> write(String source, UUID batchId, List<Replayed> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<String, Long> created = insertCases(source, batchId, batch);
        UnnestInsert transitions = transitionColumns();
        UnnestInsert custody = custodyColumns();
        UnnestInsert categories = categoryColumns();
        List<Long> ids = new ArrayList<>(created.size());
        for (Replayed replayed : batch) {
            Long id = created.get(replayed.row().externalId());
            if (id == null) {
                continue;
            }
            ids.add(id);
            Case c = replayed.caseFile();
            for (CaseTransition t : c.transitions()) {
                transitions.row().set("case_id", id).set("from_state", t.from()).set("to_state", t.to())
                        .set("action", t.action()).set("actor", t.actor()).set("at", t.at())
                        .set("reason", t.reason()).set("effective_on", t.effectiveOn())
                        .set("document_refs", arrayLiteral(t.documentRefs()));
            }
            for (CaseCustody held : c.custodyHistory()) {
                custody.row().set("case_id", id).set("holder_type", held.holderType())
                        .set("holder_code", held.holderCode()).set("since", held.since()).set("until", held.until())
                        .set("cause", held.cause());
            }
            if (c.categoryCode() != null) {
                categories.row().set("case_id", id).set("taxonomy", CaseCategory.CURRENT_TAXONOMY)
                        .set("category_code", c.categoryCode()).set("chosen_by", c.transitions().get(0).actor())
                        .set("chosen_at", lastAt(c));
            }
        }
        execute(transitions);
        execute(custody);
        execute(categories);
        return ids;
    }

    private Map<String, Long> insertCases(String source, UUID batchId, List<Replayed> batch) {
        UnnestInsert cases = caseColumns();
        for (Replayed replayed : batch) {
            Case c = replayed.caseFile();
            ImportedCase row = replayed.row();
            var person = c.person();
            var deadline = c.deadline();
            var decision = c.decision();
            cases.row().set("report_id", c.reportId()).set("person_id", person.personId())
                    .set("election_code", c.electionCode()).set("region_code", c.regionCode())
                    .set("person_name", person.name()).set("person_nip", person.nip())
                    .set("agency_code", person.agencyCode()).set("agency_name", person.agencyName())
                    .set("position_class", person.positionClass()).set("violation_code", c.violationCode())
                    .set("occurred_on", c.occurredOn()).set("channel", c.channel()).set("state", c.state())
                    .set("supervising_authority", c.supervisingAuthority()).set("proposed_level", c.proposedLevel())
                    .set("recommended_on", c.dates().recommendedOn()).set("decided_on", c.dates().decidedOn())
                    .set("outcome_reason", c.outcomeReason()).set("employment_type", row.employment())
                    .set("area_head", row.areaHead()).set("acting_regional_head", row.actingRegionalHead())
                    .set("opened_at", c.openedAt()).set("updated_at", lastAt(c)).set("import_source", source)
                    .set("external_id", row.externalId()).set("import_batch_id", batchId);
            if (deadline != null) {
                cases.set("deadline", deadline.due()).set("deadline_stage", deadline.stage())
                        .set("deadline_unit", deadline.unit()).set("deadline_basis", deadline.basis());
            }
            if (decision != null) {
                cases.set("sanction_code", decision.sanctionCode()).set("sanction_level", decision.level())
                        .set("decree_number", decision.decreeNumber()).set("decree_date", decision.decreeDate())
                        .set("lighter_than_mapped", decision.lighterThanMapped())
                        .set("lighter_justification", decision.justification())
                        .set("outside_catalogue", decision.outsideCatalogue())
                        .set("skb_mapping_applicable", decision.skbMappingApplicable());
            }
        }
        Map<String, Long> created = new HashMap<>(batch.size() * 2);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement statement = cases.prepare(connection,
                    "on conflict on constraint case_file_import_source_external_uk do nothing "
                            + "returning id, external_id");
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    created.put(rs.getString(2), rs.getLong(1));
                }
            }
            return null;
        });
        return created;
    }

    private void execute(UnnestInsert insert) {
        if (insert.size() == 0) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement statement = insert.prepare(connection, "")) {
                statement.executeUpdate();
            }
            return null;
        });
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

    private static UnnestInsert caseColumns() {
        return new UnnestInsert("cases.case_file").column("report_id", "uuid").column("person_id", "uuid")
                .column("election_code", "varchar").column("region_code", "varchar")
                .column("person_name", "varchar").column("person_nip", "varchar").column("agency_code", "varchar")
                .column("agency_name", "varchar").column("position_class", "varchar")
                .column("violation_code", "varchar").column("occurred_on", "date").column("channel", "varchar")
                .column("state", "varchar").column("deadline", "date").column("deadline_stage", "varchar")
                .column("deadline_unit", "varchar").column("deadline_basis", "varchar")
                .column("supervising_authority", "varchar").column("proposed_level", "varchar")
                .column("sanction_code", "varchar").column("sanction_level", "varchar")
                .column("decree_number", "varchar").column("decree_date", "date")
                .column("lighter_than_mapped", "boolean").column("lighter_justification", "text")
                .column("outside_catalogue", "boolean").column("skb_mapping_applicable", "boolean")
                .column("recommended_on", "date").column("decided_on", "date").column("outcome_reason", "varchar")
                .column("employment_type", "varchar").column("area_head", "boolean")
                .column("acting_regional_head", "boolean").column("opened_at", "timestamptz")
                .column("updated_at", "timestamptz").column("import_source", "varchar")
                .column("external_id", "varchar").column("import_batch_id", "uuid");
    }

    private static UnnestInsert transitionColumns() {
        return new UnnestInsert("cases.case_transition").column("case_id", "bigint").column("from_state", "varchar")
                .column("to_state", "varchar").column("action", "varchar").column("actor", "varchar")
                .column("at", "timestamptz").column("reason", "text").column("effective_on", "date")
                .column("document_refs", "text[]");
    }

    private static UnnestInsert custodyColumns() {
        return new UnnestInsert("cases.case_custody").column("case_id", "bigint").column("holder_type", "varchar")
                .column("holder_code", "varchar").column("since", "timestamptz").column("until", "timestamptz")
                .column("cause", "varchar");
    }

    private static UnnestInsert categoryColumns() {
        return new UnnestInsert("cases.case_category").column("case_id", "bigint").column("taxonomy", "varchar")
                .column("category_code", "varchar").column("chosen_by", "varchar").column("chosen_at", "timestamptz");
    }
}
