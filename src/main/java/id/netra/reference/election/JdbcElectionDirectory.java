// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.election;

import id.netra.reference.Election;
import id.netra.reference.ElectionDirectory;
import id.netra.reference.ElectionPhase;
import id.netra.reference.ElectionPhaseKind;
import id.netra.reference.ElectionSchedule;
import id.netra.reference.Participation;
import id.netra.reference.support.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Elections with phases and participants, held in memory; dropped when an admin adds an election. */
@Service
public class JdbcElectionDirectory implements ElectionDirectory, ElectionSchedule {

    private final Snapshot<List<ElectionEntry>> elections;

    JdbcElectionDirectory(JdbcClient jdbc) {
        this.elections = new Snapshot<>(() -> load(jdbc));
    }

    private static List<ElectionEntry> load(JdbcClient jdbc) {
        Map<String, List<ElectionPhase>> phases = new HashMap<>();
        jdbc.sql("select election_code, phase, starts_on, ends_on from reference.election_phase").query(rs -> {
            phases.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(new ElectionPhase(
                    ElectionPhaseKind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class)));
        });
        Map<String, Set<String>> participants = new HashMap<>();
        jdbc.sql("select election_code, region_code from reference.election_region").query(rs -> {
            participants.computeIfAbsent(rs.getString(1), code -> new HashSet<>()).add(rs.getString(2));
        });
        return jdbc.sql("""
                select code, name, name_en, type, voting_day, scope_note, participants_complete, participants_note,
                       source
                  from reference.election where deleted_at is null order by voting_day, code""")
                .query((rs, n) -> new ElectionEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBoolean(7),
                        rs.getString(8), rs.getString(9),
                        phases.getOrDefault(rs.getString(1), List.of()).stream()
                                .sorted(Comparator.comparing(ElectionPhase::kind)).toList(),
                        participants.getOrDefault(rs.getString(1), Set.of())))
                .list();
    }

    @Override
    public Optional<Election> find(String code) {
        return entry(code).map(ElectionEntry::toElection);
    }

    @Override
    public List<Election> all() {
        return entries().stream().map(ElectionEntry::toElection).toList();
    }

    @Override
    public List<ElectionPhase> phases(String electionCode) {
        return entry(electionCode).map(ElectionEntry::phases).orElse(List.of());
    }

    @Override
    public Optional<ElectionPhaseKind> phaseOn(String electionCode, LocalDate date) {
        return phases(electionCode).stream().filter(phase -> phase.contains(date)).map(ElectionPhase::kind)
                .findFirst();
    }

    @Override
    public Participation participation(String electionCode, String regionCode) {
        return entry(electionCode).map(election -> {
            if (election.participants().contains(regionCode)) {
                return Participation.PARTICIPATES;
            }
            return election.participantsComplete() ? Participation.DOES_NOT_PARTICIPATE : Participation.UNKNOWN;
        }).orElse(Participation.UNKNOWN);
    }

    /** Ordered by voting day. */
    public List<ElectionEntry> entries() {
        return elections.get();
    }

    public Optional<ElectionEntry> entry(String code) {
        return entries().stream().filter(election -> election.code().equals(code)).findFirst();
    }

    /** Called by every write to the election tables, inside its transaction. */
    public void electionsChanged() {
        elections.invalidateAfterCommit();
    }
}
