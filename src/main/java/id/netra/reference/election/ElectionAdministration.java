// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.election;

import id.netra.reference.ElectionPhase;
import id.netra.shared.Decision;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only place where elections are written at run time: admins add future elections with their phases. A refused
 * election throws {@link id.netra.shared.PolicyRejectedException} with every reason at its field.
 */
@Service
public class ElectionAdministration {

    private static final Decision CODE_TAKEN = Decision.rejectField("code", "reference.election.code.taken");

    private final JdbcClient jdbc;
    private final JdbcElectionDirectory directory;
    private final Clock clock;

    ElectionAdministration(JdbcClient jdbc, JdbcElectionDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public void add(NewElection election, String actor) {
        LocalDate today = LocalDate.now(clock);
        Decision.all(ElectionSchedulePolicy.check(election, today),
                directory.entry(election.code()).isPresent() ? CODE_TAKEN : Decision.allow()).orThrow();
        try {
            insert(election, actor, today);
        } catch (DuplicateKeyException e) {
            // another administrator recorded the same code between the check and the insert
            CODE_TAKEN.orThrow();
        }
        directory.electionsChanged();
    }

    private void insert(NewElection election, String actor, LocalDate today) {
        jdbc.sql("""
                insert into reference.election (code, name, name_en, type, voting_day, scope_note,
                                                participants_complete, participants_note, source, source_version,
                                                created_by)
                values (:code, :name, :nameEn, :type, :votingDay, :scopeNote, :complete, :note,
                        'Formulir admin Netra', :version, :actor)""")
                .param("code", election.code()).param("name", election.name().trim())
                .param("nameEn", election.nameEn() == null ? "" : election.nameEn().trim())
                .param("type", election.type()).param("votingDay", election.votingDay())
                .param("scopeNote", election.scopeNote()).param("complete", election.allRegions())
                .param("note", election.allRegions() ? "Semua wilayah saat ini" : "Daftar peserta belum dimuat")
                .param("version", today.toString()).param("actor", actor).update();
        for (ElectionPhase phase : election.phases()) {
            jdbc.sql("""
                    insert into reference.election_phase (election_code, phase, starts_on, ends_on)
                    values (:code, :phase, :startsOn, :endsOn)""")
                    .param("code", election.code()).param("phase", phase.kind().name())
                    .param("startsOn", phase.startsOn()).param("endsOn", phase.endsOn()).update();
        }
        if (election.allRegions()) {
            jdbc.sql("""
                    insert into reference.election_region (election_code, region_code)
                    select :code, code from reference.region where superseded_on is null""")
                    .param("code", election.code()).update();
        }
    }
}
