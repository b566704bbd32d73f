// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.publik;

import id.netra.analytics.CaseStatistics;
import id.netra.analytics.StatsDimension;
import id.netra.analytics.StatsFilter;
import id.netra.analytics.suppression.PublicTable;
import id.netra.analytics.suppression.SmallCellSuppression;
import id.netra.reference.Election;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.RegionDirectory;
import id.netra.reference.RegionLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The aggregates the public portal and the open-data downloads publish: national counts (no user scope, no date
 * filter) by a fixed set of dimensions, for one election or all, every table through small-cell suppression. Nothing
 * below the level of a group count is read, so no case, person or date of a single case can reach the public.
 */
@Service
public class PublicStatistics {

    /** The tables published, in the order pages and files show them. Agencies and regencies are not among them. */
    public static final List<StatsDimension> PUBLISHED = List.of(StatsDimension.CATEGORY, StatsDimension.POSITION,
            StatsDimension.PROVINCE, StatsDimension.PHASE, StatsDimension.SANCTION_LEVEL, StatsDimension.OUTCOME);

    /** {@code election} null: every election together. */
    public record Dataset(boolean available, Election election, int threshold, List<PublicTable> tables) {

        public Optional<PublicTable> table(StatsDimension dimension) {
            return tables.stream().filter(t -> t.dimension() == dimension).findFirst();
        }

        public String electionCode() {
            return election == null ? null : election.code();
        }
    }

    private final ObjectProvider<CaseStatistics> statistics;
    private final ElectionDirectory elections;
    private final RegionDirectory regions;
    private final SmallCellSuppression suppression;

    PublicStatistics(ObjectProvider<CaseStatistics> statistics, ElectionDirectory elections, RegionDirectory regions,
            SmallCellSuppression suppression) {
        this.statistics = statistics;
        this.elections = elections;
        this.regions = regions;
        this.suppression = suppression;
    }

    public List<Election> elections() {
        return elections.all();
    }

    /** Unknown election codes read as "all elections", so a stale link still shows something true. */
    public Dataset dataset(String electionCode, String unrecordedLabel) {
        Election election = electionCode == null || electionCode.isBlank() ? null
                : elections.find(electionCode).orElse(null);
        CaseStatistics stats = statistics.getIfAvailable();
        if (stats == null) {
            return new Dataset(false, election, suppression.threshold(), List.of());
        }
        StatsFilter filter = StatsFilter.none().withElection(election == null ? null : election.code());
        var dashboard = stats.dashboard(filter, PUBLISHED, null); // every table in one read of the rollups
        List<PublicTable> tables = PUBLISHED.stream()
                .map(dimension -> PublicTable.of(dimension, dashboard.summary(dimension),
                        expected(dimension), unrecordedLabel, suppression))
                .toList();
        return new Dataset(true, election, suppression.threshold(), tables);
    }

    private Map<String, String> expected(StatsDimension dimension) {
        Map<String, String> names = new LinkedHashMap<>();
        if (dimension == StatsDimension.PROVINCE) {
            regions.byLevel(RegionLevel.PROVINCE).forEach(r -> names.put(r.code(), r.name()));
        }
        return names;
    }
}
