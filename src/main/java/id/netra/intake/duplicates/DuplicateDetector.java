// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.duplicates;

import id.netra.intake.config.IntakeProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds reports that share something with a given one and flags each pair once, with every reason found. Each pair
 * is stored in one canonical order so that detection running for both reports at the same time cannot flag it twice;
 * a flag a handler already decided is left as decided.
 */
@Service
public class DuplicateDetector {

    /** Beyond this many candidates per reason the report is about something very common; handlers see the top. */
    static final int MAX_CANDIDATES = 20;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final double threshold;
    private final int windowDays;
    private final int windowReports;

    DuplicateDetector(JdbcClient jdbc, Clock clock, IntakeProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.threshold = properties.duplicateSimilarity();
        this.windowDays = properties.duplicateWindowDays();
        this.windowReports = properties.duplicateWindowReports();
        if (windowDays < 1 || windowReports < 1) {
            throw new IllegalStateException("netra.intake.duplicate-window-days and -window-reports must be at least 1");
        }
    }

    @Transactional
    public int detect(UUID reportId) {
        Map<UUID, Candidate> candidates = new LinkedHashMap<>();
        Planner previous = jdbc.sql(STEER).query((rs, row) ->
                new Planner(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
        jdbc.sql(SEARCH)
                .param("id", reportId).param("max", MAX_CANDIDATES).param("days", windowDays)
                .param("reports", windowReports).param("threshold", threshold)
                .query((rs, row) -> {
                    Candidate candidate = candidates.computeIfAbsent(rs.getObject("id", UUID.class),
                            Candidate::new);
                    candidate.reasons.add(DuplicateReason.valueOf(rs.getString("reason")));
                    float similarity = rs.getFloat("similarity");
                    if (!rs.wasNull()) {
                        candidate.similarity = similarity;
                    }
                    return candidate;
                }).list();
        // the caller's transaction may go on (evidence added, a handler's action): give its planner back
        jdbc.sql("""
                select set_config('enable_seqscan', :seqScan, true), set_config('enable_bitmapscan', :bitmapScan, true),
                       set_config('enable_sort', :sort, true), set_config('jit', :jit, true)""")
                .param("seqScan", previous.seqScan()).param("bitmapScan", previous.bitmapScan())
                .param("sort", previous.sort()).param("jit", previous.jit())
                .query((rs, row) -> row).single();
        candidates.values().forEach(candidate -> flag(reportId, candidate));
        return candidates.size();
    }

    /**
     * The search, from {@code duplicate-search.sql} beside this class (bench/duplicates.sh times that file): one
     * statement for all four reasons. For similar text, the nearest descriptions among reports of the same election
     * and region received within {@code windowDays} of this one, narrowed to the {@code windowReports} received
     * closest before it and as many after when a flood fills that window: a search then never ranks more than about
     * twice that many descriptions, however large the table or the flood. The GiST index
     * {@code report_duplicate_neighbour_idx} ranks them from its leaf entries without reading the table; the btree
     * index on (election, region, received) finds the window's edges.
     */
    static final String SEARCH = sql("duplicate-search.sql");

    /**
     * Remembers the transaction's planner settings and switches off what would keep the planner from the GiST index:
     * it underestimates the rows in the window and would read them all and compute each distance from the text (a
     * bitmap or sequential scan, then a sort: 90 ms instead of 5 ms for 400 reports); once ordering through the index
     * is the only way left, the inflated cost estimate would switch on JIT compilation, which costs more than the
     * query. The subquery is read before the outer select changes anything.
     */
    static final String STEER = """
            select s.*, set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true),
                   set_config('enable_sort', 'off', true), set_config('jit', 'off', true)
              from (select current_setting('enable_seqscan'), current_setting('enable_bitmapscan'),
                           current_setting('enable_sort'), current_setting('jit') offset 0) s""";

    private record Planner(String seqScan, String bitmapScan, String sort, String jit) {
    }

    private static String sql(String name) {
        try {
            return new ClassPathResource(name, DuplicateDetector.class).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing beside DuplicateDetector: " + name, e);
        }
    }

    private void flag(UUID reportId, Candidate candidate) {
        boolean reportFirst = reportId.compareTo(candidate.otherId) > 0;
        String[] reasons = candidate.reasons.stream().map(Enum::name).toArray(String[]::new);
        jdbc.sql("""
                insert into intake.duplicate_flag (id, report_id, other_report_id, reasons, similarity, status,
                                                   detected_at)
                values (:id, :first, :second, :reasons, :similarity, 'OPEN', :at)
                on conflict (report_id, other_report_id) do update
                   set reasons = array(select distinct unnest(duplicate_flag.reasons || excluded.reasons) order by 1),
                       similarity = greatest(duplicate_flag.similarity, excluded.similarity)
                 where duplicate_flag.status = 'OPEN'""")
                .param("id", UUID.randomUUID())
                .param("first", reportFirst ? reportId : candidate.otherId)
                .param("second", reportFirst ? candidate.otherId : reportId)
                .param("reasons", reasons)
                .param("similarity", candidate.similarity)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    private static final class Candidate {

        final UUID otherId;
        final Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
        Float similarity;

        Candidate(UUID otherId) {
            this.otherId = otherId;
        }
    }
}
