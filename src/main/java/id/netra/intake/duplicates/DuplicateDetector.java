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

    DuplicateDetector(JdbcClient jdbc, Clock clock, IntakeProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.threshold = properties.duplicateSimilarity();
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
     * Uses the trigram index through the {@code %} operator, whose threshold is set for this transaction only. The
     * planner prices {@code similarity()} as cheap and picks a sequential scan once the table fits in a few hundred
     * pages, which computes the trigrams of every report (1.3 s against 0.2 s with the index at 20,000 reports), so
     * sequential scans are switched off for this transaction too.
     */
    private void similarText(UUID reportId, Map<UUID, Candidate> candidates) {
        String seqScan = jdbc.sql("select current_setting('enable_seqscan')").query(String.class).single();
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', :threshold, true), "
                        + "set_config('enable_seqscan', 'off', true)")
                .param("threshold", Double.toString(threshold)).query((rs, row) -> row).single();
        jdbc.sql("""
                select o.id, similarity(o.description, r.description) as similarity
                  from intake.report r join intake.report o on o.description % r.description and o.id <> r.id
                 where r.id = :id order by similarity desc limit :max""")
                .param("id", reportId).param("max", MAX_CANDIDATES)
                .query((rs, row) -> {
                    Candidate candidate = candidates.computeIfAbsent(rs.getObject("id", UUID.class),
                            Candidate::new);
                    candidate.reasons.add(DuplicateReason.SIMILAR_TEXT);
                    candidate.similarity = rs.getFloat("similarity");
                    return candidate;
                }).list();
        // the caller's transaction may go on (evidence added, a handler's action): give its planner back
        jdbc.sql("select set_config('enable_seqscan', :previous, true)").param("previous", seqScan)
                .query((rs, row) -> row).single();
    }

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
