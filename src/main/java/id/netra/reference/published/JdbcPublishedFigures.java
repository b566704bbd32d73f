// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.published;

import id.netra.reference.PublishedFigure;
import id.netra.reference.PublishedFigures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Published figures read from {@code reference.published_figure}. */
@Service
class JdbcPublishedFigures implements PublishedFigures {

    private static final String SELECT = """
            select id, publisher, measure_code, category, label, label_en, election_code, period, region_code, value,
                   unit, base_note, source_title, source_url, as_of, notes
              from reference.published_figure""";

    private final JdbcClient jdbc;

    JdbcPublishedFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PublishedFigure> ofMeasure(String measureCode) {
        return jdbc.sql(SELECT + " where measure_code = ? order by id").param(measureCode).query(this::map).list();
    }

    @Override
    public List<PublishedFigure> all() {
        return jdbc.sql(SELECT + " order by measure_code, id").query(this::map).list();
    }

    private PublishedFigure map(ResultSet rs, int row) throws SQLException {
        return new PublishedFigure(rs.getLong("id"), rs.getString("publisher"), rs.getString("measure_code"),
                rs.getString("category"), rs.getString("label"), rs.getString("label_en"),
                rs.getString("election_code"), rs.getString("period"), rs.getString("region_code"),
                rs.getBigDecimal("value"), PublishedFigure.Unit.valueOf(rs.getString("unit")),
                rs.getString("base_note"), rs.getString("source_title"), rs.getString("source_url"),
                rs.getObject("as_of", LocalDate.class), rs.getString("notes"));
    }
}
