// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.catalogue;

import id.netra.reference.SanctionLevel;
import id.netra.reference.ViolationCatalogue;
import id.netra.reference.ViolationForm;
import id.netra.reference.ViolationKind;
import id.netra.reference.support.Snapshot;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The 19 forms of the SKB 2022, held in memory; descriptions are in Bahasa Indonesia. */
@Service
public class JdbcViolationCatalogue implements ViolationCatalogue {

    private final Snapshot<List<ViolationFormEntry>> forms;

    JdbcViolationCatalogue(JdbcClient jdbc) {
        this.forms = new Snapshot<>(() -> jdbc.sql("""
                select code, kind, description, description_en, mapped_level, sanction_basis, level_uncertain,
                       level_note, source, source_version
                  from reference.violation_form order by sort_order""")
                .query((rs, n) -> new ViolationFormEntry(rs.getString(1), ViolationKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), SanctionLevel.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getBoolean(7), rs.getString(8), rs.getString(9), rs.getString(10)))
                .list());
    }

    @Override
    public Optional<ViolationForm> find(String code) {
        return entries().stream().filter(form -> form.code().equals(code)).findFirst().map(ViolationFormEntry::toForm);
    }

    @Override
    public List<ViolationForm> all() {
        return entries().stream().map(ViolationFormEntry::toForm).toList();
    }

    /** Ethics forms first (KE-1..KE-7), then discipline forms (DS-1..DS-12). */
    public List<ViolationFormEntry> entries() {
        return forms.get();
    }
}
