// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.duplicates;

import id.netra.intake.config.IntakeProperties;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
        add(candidates, DuplicateReason.SAME_NIP, jdbc.sql("""
                select distinct o.report_id from intake.reported_person p
                  join intake.reported_person o on o.nip = p.nip and o.report_id <> p.report_id
                 where p.report_id = :id and p.nip is not null limit :max""")
                .param("id", reportId).param("max", MAX_CANDIDATES).query(UUID.class).list());
        add(candidates, DuplicateReason.SAME_PERSON, jdbc.sql("""
                select distinct o.report_id from intake.reported_person p
                  join intake.report r on r.id = p.report_id
                  join intake.reported_person o on o.normalised_name = p.normalised_name
                       and o.report_id <> p.report_id
                       and (o.agency_code = p.agency_code
                            or (o.agency_code is null and p.agency_code is null
                                and lower(o.agency_name) = lower(p.agency_name)))
                  join intake.report other on other.id = o.report_id and other.election_code = r.election_code
                 where p.report_id = :id and p.normalised_name <> '' limit :max""")
                .param("id", reportId).param("max", MAX_CANDIDATES).query(UUID.class).list());
        add(candidates, DuplicateReason.SAME_EVIDENCE, jdbc.sql("""
                select distinct o.report_id from intake.evidence_file e
                  join intake.evidence_file o on o.report_id <> e.report_id
                       and (o.sha256_original = e.sha256_original or o.sha256_stored = e.sha256_stored)
                 where e.report_id = :id limit :max""")
                .param("id", reportId).param("max", MAX_CANDIDATES).query(UUID.class).list());
        similarText(reportId, candidates);
        candidates.values().forEach(candidate -> flag(reportId, candidate));
        return candidates.size();
    }

    /**
     * The nearest descriptions among reports of the same election and region received around the same time, kept
     * when they reach the threshold. The window is {@code windowDays} either side of this report's arrival, narrowed
     * to the {@code windowReports} reports received closest before it and after it when a flood fills it: a search
     * then never ranks more than about twice that many descriptions, however large the table or the flood.
     * <p>
     * The GiST index {@code report_duplicate_neighbour_idx} ranks the window's leaf entries by trigram distance
     * without reading the table; the btree index on (election, region, received) finds the window's edges. The
     * planner is steered to that index ({@link Planner}) for this query and given back afterwards
     * (bench/duplicates.sh).
     */
    private void similarText(UUID reportId, Map<UUID, Candidate> candidates) {
        Planner previous = jdbc.sql("""
                select current_setting('enable_seqscan'), current_setting('enable_bitmapscan'),
                       current_setting('enable_sort'), current_setting('jit')""")
                .query((rs, row) -> new Planner(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        set(Planner.INDEX_ONLY);
        jdbc.sql(SIMILAR_TEXT)
                .param("id", reportId).param("max", MAX_CANDIDATES).param("days", windowDays)
                .param("reports", windowReports).param("threshold", threshold)
                .query((rs, row) -> {
                    Candidate candidate = candidates.computeIfAbsent(rs.getObject("id", UUID.class),
                            Candidate::new);
                    candidate.reasons.add(DuplicateReason.SIMILAR_TEXT);
                    candidate.similarity = rs.getFloat("similarity");
                    return candidate;
                }).list();
        // the caller's transaction may go on (evidence added, a handler's action): give its planner back
        set(previous);
    }

    private void set(Planner planner) {
        jdbc.sql("""
                select set_config('enable_seqscan', :seqScan, true), set_config('enable_bitmapscan', :bitmapScan, true),
                       set_config('enable_sort', :sort, true), set_config('jit', :jit, true)""")
                .param("seqScan", planner.seqScan()).param("bitmapScan", planner.bitmapScan())
                .param("sort", planner.sort()).param("jit", planner.jit())
                .query((rs, row) -> row).single();
    }

    /**
     * Planner settings of the transaction. {@link #INDEX_ONLY} is for {@link #SIMILAR_TEXT} alone: the planner
     * underestimates the rows in the window and would read them all and compute each distance from the text (a
     * bitmap or sequential scan, then a sort: 90 ms instead of 5 ms for 400 reports); once ordering through the index
     * is the only way left, the inflated cost estimate would also switch on JIT compilation, which costs more than
     * the query.
     */
    record Planner(String seqScan, String bitmapScan, String sort, String jit) {
        static final Planner INDEX_ONLY = new Planner("off", "off", "off", "off");
    }

    /** See {@link #similarText}; {@code w} is the window, {@code n} the nearest descriptions in it. */
    static final String SIMILAR_TEXT = """
            select n.id, n.similarity from intake.report r
             cross join lateral (
                   select coalesce((select o.created_at from intake.report o
                                     where o.election_code = r.election_code and o.region_code = r.region_code
                                       and o.created_at < r.created_at
                                       and o.created_at >= r.created_at - make_interval(days => :days)
                                     order by o.created_at desc offset :reports - 1 limit 1),
                                   r.created_at - make_interval(days => :days)) as earliest,
                          coalesce((select o.created_at from intake.report o
                                     where o.election_code = r.election_code and o.region_code = r.region_code
                                       and o.created_at > r.created_at
                                       and o.created_at <= r.created_at + make_interval(days => :days)
                                     order by o.created_at offset :reports - 1 limit 1),
                                   r.created_at + make_interval(days => :days)) as latest) w
             cross join lateral (
                   select o.id, similarity(o.description, r.description) as similarity from intake.report o
                    where o.election_code = r.election_code and o.region_code = r.region_code
                      and o.created_at between w.earliest and w.latest and o.id <> r.id
                    order by o.description <-> r.description limit :max) n
             where r.id = :id and n.similarity >= :threshold""";

    private static void add(Map<UUID, Candidate> candidates, DuplicateReason reason, List<UUID> reports) {
        reports.forEach(id -> candidates.computeIfAbsent(id, Candidate::new).reasons.add(reason));
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
