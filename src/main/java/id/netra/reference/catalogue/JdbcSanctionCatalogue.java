// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.catalogue;

import id.netra.reference.Sanction;
import id.netra.reference.SanctionCatalogue;
import id.netra.reference.SanctionLevel;
import id.netra.reference.support.Snapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Every version of every sanction catalogue, held in memory (about 30 rows). */
@Service
public class JdbcSanctionCatalogue implements SanctionCatalogue {

    private final Snapshot<List<SanctionEntry>> sanctions;

    JdbcSanctionCatalogue(JdbcClient jdbc) {
        this.sanctions = new Snapshot<>(() -> jdbc.sql("""
                select code, catalogue, regulation, level, name, name_en, legal_basis, applies_to, valid_from,
                       valid_until, uncertain, note, source
                  from reference.sanction order by valid_from desc, catalogue, sort_order""")
                .query((rs, n) -> new SanctionEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        SanctionLevel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                        rs.getBoolean(11), rs.getString(12), rs.getString(13)))
                .list());
    }

    @Override
    public Optional<Sanction> find(String code) {
        return entries().stream().filter(s -> s.code().equals(code)).findFirst().map(SanctionEntry::toSanction);
    }

    @Override
    public List<Sanction> inForceOn(LocalDate date) {
        return entries().stream().map(SanctionEntry::toSanction).filter(s -> s.inForceOn(date)).toList();
    }

    public List<SanctionEntry> entries() {
        return sanctions.get();
    }

    /**
     * The rows of one catalogue, named by its key ({@code PP94-2021}) or its regulation ({@code PP 94/2021});
     * case and spaces do not matter. Empty when nothing matches.
     */
    public List<SanctionEntry> catalogue(String keyOrRegulation) {
        String wanted = compact(keyOrRegulation);
        return entries().stream()
                .filter(s -> compact(s.catalogue()).equals(wanted) || compact(s.regulation()).equals(wanted))
                .toList();
    }

    /** The catalogue keys, for error messages and filters. */
    public List<String> catalogueKeys() {
        return entries().stream().map(SanctionEntry::catalogue).distinct().sorted().toList();
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
