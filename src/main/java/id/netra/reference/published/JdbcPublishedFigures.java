// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.published;

import id.netra.reference.PublishedFigure;
import id.netra.reference.PublishedFigureDraft;
import id.netra.reference.PublishedFigureEntry;
import id.netra.reference.PublishedFigureRevision;
import id.netra.reference.PublishedFigures;
import id.netra.shared.ConflictException;
import id.netra.shared.Decision;
import id.netra.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published figures in {@code reference.published_figure}. A correction copies the previous content into
 * {@code published_figure_revision} before overwriting it, so the history of a figure is never lost.
 */
@Service
class JdbcPublishedFigures implements PublishedFigures {

    private static final String COLUMNS = """
            id, publisher, measure_code, category, label, label_en, election_code, period, region_code, value,
            unit, base_note, source_title, source_url, as_of, notes, version, updated_at, updated_by, retired_at,
            retired_by, retired_reason""";
    private static final String SELECT = "select " + COLUMNS + " from reference.published_figure";
    private static final String IN_FORCE = SELECT + " where retired_at is null";

    private final JdbcClient jdbc;
    private final PublishedFigurePolicy policy;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    JdbcPublishedFigures(JdbcClient jdbc, PublishedFigurePolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<PublishedFigure> ofMeasure(String measureCode) {
        return jdbc.sql(IN_FORCE + " and measure_code = ? order by id").param(measureCode).query(this::figure).list();
    }

    @Override
    public List<PublishedFigure> all() {
        return jdbc.sql(IN_FORCE + " order by measure_code, id").query(this::figure).list();
    }

    @Override
    public List<PublishedFigure> ofElection(String electionCode) {
        return jdbc.sql(IN_FORCE + " and election_code = ? order by measure_code, as_of, id").param(electionCode)
                .query(this::figure).list();
    }

    @Override
    public List<PublishedFigureEntry> entries() {
        return jdbc.sql(SELECT + " order by retired_at nulls first, election_code nulls last, measure_code, as_of, id")
                .query(this::mapEntry).list();
    }

    @Override
    public Optional<PublishedFigureEntry> entry(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::mapEntry).optional();
    }

    @Override
    public List<PublishedFigureRevision> revisions(long id) {
        return jdbc.sql("""
                select figure_id, version, content::text as content, changed_at, changed_by, reason
                  from reference.published_figure_revision where figure_id = ? order by version""")
                .param(id)
                .query((rs, row) -> new PublishedFigureRevision(rs.getLong("figure_id"), rs.getInt("version"),
                        json.readValue(rs.getString("content"), PublishedFigureDraft.class),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), rs.getString("reason")))
                .list();
    }

    @Override
    @Transactional
    public long add(PublishedFigureDraft d, String actor) {
        policy.check(d).orThrow();
        return jdbc.sql("""
                insert into reference.published_figure (publisher, measure_code, category, label, label_en,
                    election_code, period, region_code, value, unit, base_note, source_title, source_url, as_of, notes,
                    updated_at, updated_by)
                values (:publisher, :measure, :category, :label, :labelEn, :election, :period, :region, :value, :unit,
                    :baseNote, :sourceTitle, :sourceUrl, :asOf, :notes, :now, :actor)
                returning id""")
                .params(draftParams(d)).param("now", Timestamp.from(clock.instant())).param("actor", actor)
                .query(Long.class).single();
    }

    @Override
    @Transactional
    public int correct(long id, PublishedFigureDraft d, String reason, String actor) {
        PublishedFigureEntry current = inForce(id);
        Decision.all(policy.check(d), PublishedFigurePolicy.reasonGiven(reason)).orThrow();
        keepRevision(current, reason, actor);
        int next = current.version() + 1;
        jdbc.sql("""
                update reference.published_figure set publisher = :publisher, measure_code = :measure,
                    category = :category, label = :label, label_en = :labelEn, election_code = :election,
                    period = :period, region_code = :region, value = :value, unit = :unit, base_note = :baseNote,
                    source_title = :sourceTitle, source_url = :sourceUrl, as_of = :asOf, notes = :notes,
                    version = :version, updated_at = :now, updated_by = :actor
                 where id = :id and version = :previous""")
                .params(draftParams(d)).param("version", next).param("now", Timestamp.from(clock.instant()))
                .param("actor", actor).param("id", id).param("previous", current.version()).update();
        return next;
    }

    @Override
    @Transactional
    public void retire(long id, String reason, String actor) {
        PublishedFigureEntry current = inForce(id);
        PublishedFigurePolicy.reasonGiven(reason).orThrow();
        keepRevision(current, reason, actor);
        jdbc.sql("""
                update reference.published_figure
                   set retired_at = :now, retired_by = :actor, retired_reason = :reason, version = version + 1,
                       updated_at = :now, updated_by = :actor
                 where id = :id and retired_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("actor", actor).param("reason", reason.trim())
                .param("id", id).update();
    }

    private PublishedFigureEntry inForce(long id) {
        PublishedFigureEntry current = entry(id)
                .orElseThrow(() -> new NotFoundException("published figure " + id));
        if (current.retired()) {
            throw new ConflictException("reference.figure.retired");
        }
        return current;
    }

    private void keepRevision(PublishedFigureEntry current, String reason, String actor) {
        jdbc.sql("""
                insert into reference.published_figure_revision (figure_id, version, content, changed_at, changed_by,
                    reason)
                values (?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(current.figure().id(), current.version(),
                        json.writeValueAsString(PublishedFigureDraft.of(current.figure())),
                        Timestamp.from(clock.instant()), actor, reason.trim())
                .update();
    }

    private static java.util.Map<String, Object> draftParams(PublishedFigureDraft d) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("publisher", d.publisher());
        p.put("measure", d.measureCode());
        p.put("category", blankToNull(d.category()));
        p.put("label", d.label().trim());
        p.put("labelEn", d.labelEn().trim());
        p.put("election", blankToNull(d.electionCode()));
        p.put("period", blankToNull(d.period()));
        p.put("region", blankToNull(d.regionCode()));
        p.put("value", d.value());
        p.put("unit", d.unit().name());
        p.put("baseNote", blankToNull(d.baseNote()));
        p.put("sourceTitle", d.sourceTitle().trim());
        p.put("sourceUrl", d.sourceUrl().trim());
        p.put("asOf", d.asOf());
        p.put("notes", blankToNull(d.notes()));
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private PublishedFigure figure(ResultSet rs, int row) throws SQLException {
        return new PublishedFigure(rs.getLong("id"), rs.getString("publisher"), rs.getString("measure_code"),
                rs.getString("category"), rs.getString("label"), rs.getString("label_en"),
                rs.getString("election_code"), rs.getString("period"), rs.getString("region_code"),
                rs.getBigDecimal("value"), PublishedFigure.Unit.valueOf(rs.getString("unit")),
                rs.getString("base_note"), rs.getString("source_title"), rs.getString("source_url"),
                rs.getObject("as_of", LocalDate.class), rs.getString("notes"));
    }

    private PublishedFigureEntry mapEntry(ResultSet rs, int row) throws SQLException {
        return new PublishedFigureEntry(figure(rs, row), rs.getInt("version"), instant(rs, "updated_at"),
                rs.getString("updated_by"), instant(rs, "retired_at"), rs.getString("retired_by"),
                rs.getString("retired_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
