// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.letters;

import id.netra.cases.application.CaseDetails;
import id.netra.cases.application.CaseLetterIndex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores issued letters (append-only) and draws their numbers, per office and year, without gaps. */
@Repository
class LetterStore implements CaseLetterIndex {

    private final JdbcClient jdbc;

    LetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number for the office in the year; the row lock serialises concurrent draws until commit. */
    int nextNumber(String office, int year) {
        return jdbc.sql("""
                insert into cases.letter_sequence (office, year, last_number) values (:office, :year, 1)
                on conflict (office, year) do update set last_number = cases.letter_sequence.last_number + 1
                returning last_number""")
                .param("office", office).param("year", year).query(Integer.class).single();
    }

    int nextSequenceInCase(long caseId) {
        return jdbc.sql("select coalesce(max(sequence), 0) + 1 from cases.case_letter where case_id = :id")
                .param("id", caseId).query(Integer.class).single();
    }

    void save(long caseId, int sequence, LetterKind kind, String number, String office, LocalDate issuedOn,
            String sha256, byte[] content, Instant at, String actor) {
        jdbc.sql("""
                insert into cases.case_letter (case_id, sequence, kind, number, office, issued_on, sha256, content,
                                               created_at, created_by)
                values (:caseId, :sequence, :kind, :number, :office, :issuedOn, :sha256, :content, :at, :actor)""")
                .param("caseId", caseId).param("sequence", sequence).param("kind", kind.name())
                .param("number", number).param("office", office).param("issuedOn", issuedOn)
                .param("sha256", sha256).param("content", content).param("at", java.sql.Timestamp.from(at))
                .param("actor", actor).update();
    }

    Optional<String> latestNumber(long caseId, LetterKind kind) {
        return jdbc.sql("""
                select number from cases.case_letter where case_id = :id and kind = :kind
                order by sequence desc limit 1""")
                .param("id", caseId).param("kind", kind.name()).query(String.class).optional();
    }

    Optional<CaseLetters.IssuedLetter> latest(long caseId, LetterKind kind) {
        return jdbc.sql("""
                select number, sha256, content from cases.case_letter where case_id = :id and kind = :kind
                order by sequence desc limit 1""")
                .param("id", caseId).param("kind", kind.name())
                .query((rs, n) -> new CaseLetters.IssuedLetter(rs.getString("number"), rs.getString("sha256"),
                        rs.getBytes("content")))
                .optional();
    }

    Optional<byte[]> content(long caseId, int sequence) {
        return jdbc.sql("select content from cases.case_letter where case_id = :id and sequence = :sequence")
                .param("id", caseId).param("sequence", sequence).query(byte[].class).optional();
    }

    @Override
    public List<CaseDetails.Letter> lettersOf(long caseId) {
        return jdbc.sql("""
                select sequence, kind, number, issued_on, sha256 from cases.case_letter
                where case_id = :id order by sequence""")
                .param("id", caseId)
                .query((rs, n) -> new CaseDetails.Letter(rs.getInt("sequence"), rs.getString("kind"),
                        rs.getString("number"), rs.getObject("issued_on", LocalDate.class), rs.getString("sha256")))
                .list();
    }
}
