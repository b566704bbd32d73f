// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.agency;

import id.netra.reference.agency.ImportReport.Action;
import id.netra.reference.agency.ImportReport.Message;
import id.netra.reference.agency.ImportReport.RowResult;
import id.netra.reference.region.JdbcRegionDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only place where agencies are written at run time. A file is all or nothing: one bad row and nothing is
 * written. Importing the same file twice changes nothing the second time (rows are matched on the agency code).
 */
@Service
public class AgencyImport {

    private final JdbcClient jdbc;
    private final JdbcAgencyDirectory agencies;
    private final JdbcRegionDirectory regions;
    private final Clock clock;

    AgencyImport(JdbcClient jdbc, JdbcAgencyDirectory agencies, JdbcRegionDirectory regions, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.regions = regions;
        this.clock = clock;
    }

    /** Checks every row and says what an import would do, without writing. */
    public ImportReport dryRun(byte[] csv, String fileName) {
        return check(csv, fileName).report();
    }

    /** Writes the file if every row is valid; the report says whether it did. */
    @Transactional
    public ImportReport apply(byte[] csv, String fileName, String actor) {
        Checked checked = check(csv, fileName);
        if (!checked.report().valid()) {
            return checked.report();
        }
        List<RowResult> rows = checked.report().rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).action() != Action.UNCHANGED) {
                upsert(checked.drafts().get(i), actor);
            }
        }
        agencies.agenciesChanged();
        return new ImportReport(List.of(), rows, true);
    }

    private record Checked(ImportReport report, List<AgencyDraft> drafts) {
    }

    private Checked check(byte[] csv, String fileName) {
        AgencyCsv.Parsed parsed = AgencyCsv.parse(csv);
        if (!parsed.fileErrors().isEmpty()) {
            return new Checked(new ImportReport(parsed.fileErrors(), List.of(), false), List.of());
        }
        AgencyRowValidator validator = new AgencyRowValidator(regions::entry,
                "Impor CSV" + (fileName == null || fileName.isBlank() ? "" : " " + fileName.strip()),
                LocalDate.now(clock).toString());
        Map<String, Long> firstLineOfCode = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        List<AgencyDraft> drafts = new ArrayList<>();
        for (int i = 0; i < parsed.rows().size(); i++) {
            long line = parsed.lines().get(i);
            AgencyRowValidator.Outcome outcome = validator.check(parsed.rows().get(i));
            String code = outcome.draft() != null ? outcome.draft().code()
                    : parsed.rows().get(i).getOrDefault("code", "").strip().toUpperCase(java.util.Locale.ROOT);
            List<Message> errors = new ArrayList<>(outcome.errors());
            Long earlier = code.isEmpty() ? null : firstLineOfCode.putIfAbsent(code, line);
            if (earlier != null) {
                errors.add(new Message("reference.import.code.duplicate", code, String.valueOf(earlier)));
            }
            drafts.add(errors.isEmpty() ? outcome.draft() : null);
            results.add(new RowResult(line, code, errors.isEmpty() ? action(outcome.draft()) : Action.INVALID, errors));
        }
        return new Checked(new ImportReport(List.of(), results, false), drafts);
    }

    private Action action(AgencyDraft draft) {
        Optional<AgencyEntry> stored = agencies.entry(draft.code());
        if (stored.isEmpty()) {
            return Action.NEW;
        }
        return draft.differsFrom(stored.get()) ? Action.CHANGED : Action.UNCHANGED;
    }

    private void upsert(AgencyDraft draft, String actor) {
        jdbc.sql("""
                insert into reference.agency (code, name, abbreviation, aliases, type, region_code, ppk_title, note,
                                              source, source_version, created_by)
                values (:code, :name, :abbreviation, string_to_array(:aliases, '|'), :type, :region, :ppk, :note,
                        :source, :version, :actor)
                on conflict (code) do update
                   set name = excluded.name, abbreviation = excluded.abbreviation, aliases = excluded.aliases,
                       type = excluded.type, region_code = excluded.region_code, ppk_title = excluded.ppk_title,
                       note = excluded.note, source = excluded.source, source_version = excluded.source_version,
                       uncertain = false, updated_at = now(), updated_by = :actor, deleted_at = null""")
                .param("code", draft.code()).param("name", draft.name()).param("abbreviation", draft.abbreviation())
                .param("aliases", String.join("|", draft.aliases())).param("type", draft.type().name())
                .param("region", draft.regionCode()).param("ppk", draft.ppkTitle()).param("note", draft.note())
                .param("source", draft.source()).param("version", draft.sourceVersion()).param("actor", actor)
                .update();
    }
}
