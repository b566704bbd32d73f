// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.agency;

import id.netra.reference.Agency;
import id.netra.reference.AgencyDirectory;
import id.netra.reference.AgencyType;
import id.netra.reference.support.Snapshot;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Agencies held in memory (about 630 rows); the copy is dropped after every import. */
@Service
public class JdbcAgencyDirectory implements AgencyDirectory {

    private final Snapshot<AgencyIndex> agencies;

    JdbcAgencyDirectory(JdbcClient jdbc) {
        this.agencies = new Snapshot<>(() -> AgencyIndex.of(jdbc.sql("""
                select code, name, abbreviation, aliases, type, region_code, ppk_title, uncertain, note, source,
                       source_version
                  from reference.agency where deleted_at is null order by code""")
                .query((rs, n) -> new AgencyEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        strings(rs.getArray(4)), AgencyType.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getString(10), rs.getString(11)))
                .list()));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    @Override
    public Optional<Agency> find(String code) {
        return entry(code).map(AgencyEntry::toAgency);
    }

    public Optional<AgencyEntry> entry(String code) {
        return agencies.get().find(code);
    }

    /**
     * The agencies of a region: for a regency its government; for a province the provincial government and those
     * of all its regencies and cities (the reach of a province-scoped user).
     */
    @Override
    public List<Agency> inRegion(String regionCode) {
        return entriesInRegion(regionCode).stream().map(AgencyEntry::toAgency).toList();
    }

    public List<AgencyEntry> entriesInRegion(String regionCode) {
        if (regionCode == null) {
            return List.of();
        }
        return entries().stream()
                .filter(agency -> agency.regionCode() != null
                        && (agency.regionCode().equals(regionCode) || agency.regionCode().startsWith(regionCode + ".")))
                .toList();
    }

    /** Name, abbreviation, code or a former name; a text shared by several agencies (Kemenkumham) matches none. */
    @Override
    public Optional<Agency> matchName(String nameOrAbbreviation) {
        List<AgencyEntry> matches = agencies.get().named(nameOrAbbreviation);
        return matches.size() == 1 ? Optional.of(matches.get(0).toAgency()) : Optional.empty();
    }

    public List<AgencyEntry> entries() {
        return agencies.get().all();
    }

    /** Called by every write to the agency table, inside its transaction. */
    public void agenciesChanged() {
        agencies.invalidateAfterCommit();
    }
}
