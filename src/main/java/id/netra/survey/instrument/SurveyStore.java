// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.instrument;

import id.netra.shared.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Surveys, their instruments and their de-identified respondents in schema {@code survey}. */
@Repository
public class SurveyStore {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final Clock clock;

    public SurveyStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public long create(Instrument instrument, String createdBy, boolean synthetic) {
        InstrumentRules.check(instrument);
        long id = jdbc.sql("""
                insert into survey.survey (title, description, synthetic, created_at, created_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(instrument.title(), instrument.description(), synthetic,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), createdBy)
                .query(Long.class).single();
        int position = 0;
        for (Question q : instrument.questions()) {
            jdbc.sql("""
                    insert into survey.question (survey_id, position, code, kind, label, label_en, published_measure)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position++, q.code(), q.kind().name(), q.label(), q.labelEn(), q.publishedMeasure())
                    .update();
            int c = 0;
            for (Choice choice : q.choices()) {
                jdbc.sql("""
                        insert into survey.choice (survey_id, question_code, position, code, label, label_en,
                                                   published_category)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, q.code(), c++, choice.code(), choice.label(), choice.labelEn(),
                                choice.publishedCategory())
                        .update();
            }
        }
        return id;
    }

    /** Sets the design the results page uses (column names, as the estimate API takes them). */
    public void setDesign(long id, Object design) {
        jdbc.sql("update survey.survey set design = ?::jsonb where id = ?")
                .params(json.writeValueAsString(design), id).update();
    }

    /** The stored design as JSON text, or empty. */
    public Optional<String> designJson(long id) {
        return jdbc.sql("select design::text from survey.survey where id = ? and design is not null").param(id)
                .query(String.class).optional();
    }

    public StoredSurvey get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("no survey " + id));
    }

    public Optional<StoredSurvey> find(long id) {
        return jdbc.sql("""
                select s.id, s.title, s.description, s.synthetic, s.created_at, s.created_by,
                       (select count(*) from survey.respondent r where r.survey_id = s.id)
                  from survey.survey s where s.id = ? and s.deleted_at is null""")
                .param(id)
                .query((rs, n) -> new StoredSurvey(rs.getLong(1),
                        new Instrument(rs.getString(2), rs.getString(3), questions(rs.getLong(1))),
                        rs.getBoolean(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6),
                        rs.getInt(7)))
                .optional();
    }

    public List<StoredSurvey> all() {
        List<Long> ids = jdbc.sql("select id from survey.survey where deleted_at is null order by id")
                .query(Long.class).list();
        return ids.stream().map(this::get).toList();
    }

    public Optional<Long> findByTitle(String title) {
        return jdbc.sql("select id from survey.survey where title = ? and deleted_at is null order by id limit 1")
                .param(title).query(Long.class).optional();
    }

    private List<Question> questions(long surveyId) {
        Map<String, List<Choice>> choices = new LinkedHashMap<>();
        jdbc.sql("""
                select question_code, code, label, label_en, published_category from survey.choice
                 where survey_id = ? order by question_code, position""")
                .param(surveyId)
                .query(rs -> {
                    choices.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Choice(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        return jdbc.sql("""
                select code, kind, label, label_en, published_measure from survey.question
                 where survey_id = ? order by position""")
                .param(surveyId)
                .query((rs, n) -> new Question(rs.getString(1), QuestionKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5),
                        choices.getOrDefault(rs.getString(1), List.of())))
                .list();
    }

    /** Appends respondents after those already stored; returns how many were added. */
    @Transactional
    public int addRespondents(long surveyId, List<Map<String, Object>> respondents) {
        return addRespondents(surveyId, respondents, written -> { });
    }

    /** Rows written per batched statement when appending respondents. */
    static final int WRITE_BATCH = 5_000;

    /**
     * Appends respondents after those already stored, all or none (one transaction), telling {@code written} the
     * number written so far after each batch of {@value #WRITE_BATCH}; returns how many were added.
     */
    @Transactional
    public int addRespondents(long surveyId, List<Map<String, Object>> respondents, IntConsumer written) {
        int next = jdbc.sql("select coalesce(max(row_number), 0) from survey.respondent where survey_id = ?")
                .param(surveyId).query(Integer.class).single();
        int done = 0;
        for (int from = 0; from < respondents.size(); from += WRITE_BATCH) {
            List<Map<String, Object>> chunk = respondents.subList(from,
                    Math.min(respondents.size(), from + WRITE_BATCH));
            List<Object[]> rows = new ArrayList<>(chunk.size());
            for (Map<String, Object> answers : chunk) {
                rows.add(new Object[] {surveyId, ++next, json.writeValueAsString(answers)});
            }
            // one batched statement: JdbcClient has no batch API
            batch.batchUpdate("insert into survey.respondent (survey_id, row_number, answers) values (?, ?, ?::jsonb)",
                    rows);
            done += rows.size();
            written.accept(done);
        }
        return done;
    }

    /** Every respondent's answers, in row order. */
    public List<Map<String, Object>> respondents(long surveyId) {
        return jdbc.sql("select answers::text from survey.respondent where survey_id = ? order by row_number")
                .param(surveyId)
                .query((rs, n) -> json.readValue(rs.getString(1), ANSWERS))
                .list();
    }
}
