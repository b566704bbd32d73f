// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.notes;

import id.netra.shared.AuditEvent;
import id.netra.reference.Region;
import id.netra.reference.RegionDirectory;
import id.netra.shared.NotFoundException;
import id.netra.survey.instrument.SurveyStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Focus-group notes beside a survey and the codebook of themes they are coded with. Every write is audited in its
 * own transaction; themes are retired, never deleted, so notes keep their coding.
 */
@Service
public class FocusGroupNotes {

    private final JdbcClient jdbc;
    private final SurveyStore surveys;
    private final RegionDirectory regions;
    private final ApplicationEventPublisher audit;
    private final Clock clock;

    public FocusGroupNotes(JdbcClient jdbc, SurveyStore surveys, RegionDirectory regions,
            ApplicationEventPublisher audit, Clock clock) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The codebook, active themes first, each group in the order the themes were added. */
    public List<Theme> codebook() {
        return jdbc.sql("select id, label, label_en, retired_at is not null from survey.theme "
                + "order by retired_at is not null, id")
                .query((rs, n) -> new Theme(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    public Theme theme(long id) {
        return codebook().stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("no theme " + id));
    }

    @Transactional
    public Theme addTheme(ThemeInput input, String actor) {
        NoteRules.check(input, label -> labelTaken(label, -1));
        long id = jdbc.sql("insert into survey.theme (label, label_en, created_at) values (?, ?, ?) returning id")
                .params(input.label().strip(), stripped(input.labelEn()), now()).query(Long.class).single();
        audit.publishEvent(new AuditEvent("survey-theme.added", "survey-theme", String.valueOf(id), actor,
                input.label().strip()));
        return theme(id);
    }

    @Transactional
    public Theme renameTheme(long id, ThemeInput input, String actor) {
        Theme before = theme(id);
        NoteRules.check(input, label -> labelTaken(label, id));
        jdbc.sql("update survey.theme set label = ?, label_en = ? where id = ?")
                .params(input.label().strip(), stripped(input.labelEn()), id).update();
        audit.publishEvent(new AuditEvent("survey-theme.renamed", "survey-theme", String.valueOf(id), actor,
                before.label() + " -> " + input.label().strip()));
        return theme(id);
    }

    /** Hides the theme from new coding; notes already coded keep it. Retiring twice changes nothing. */
    @Transactional
    public Theme retireTheme(long id, String actor) {
        Theme theme = theme(id);
        if (!theme.retired()) {
            jdbc.sql("update survey.theme set retired_at = ? where id = ?").params(now(), id).update();
            audit.publishEvent(new AuditEvent("survey-theme.retired", "survey-theme", String.valueOf(id), actor,
                    theme.label()));
        }
        return theme(id);
    }

    @Transactional
    public FocusGroupNote add(long surveyId, NoteInput input, String actor) {
        surveys.get(surveyId);
        Set<Long> active = new HashSet<>();
        codebook().stream().filter(t -> !t.retired()).forEach(t -> active.add(t.id()));
        LocalDate heldOn = NoteRules.check(input, code -> regions.find(code).isPresent(), active,
                LocalDate.now(clock));
        long id = jdbc.sql("""
                insert into survey.focus_group_note (survey_id, region_code, participant_role, held_on, body,
                                                     created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(surveyId, input.regionCode().trim(), input.participantRole().strip(), heldOn,
                        input.text().strip(), now(), actor)
                .query(Long.class).single();
        for (Long themeId : new java.util.LinkedHashSet<>(input.themeIds())) {
            jdbc.sql("insert into survey.focus_group_note_theme (note_id, theme_id) values (?, ?)")
                    .params(id, themeId).update();
        }
        audit.publishEvent(new AuditEvent("survey-note.added", "survey-note", String.valueOf(id), actor,
                "survey " + surveyId + ", themes " + input.themeIds()));
        return notes(surveyId, null, null, null).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    /** Soft deletion: the note leaves lists and counts but stays in the database, audited. */
    @Transactional
    public void remove(long surveyId, long noteId, String actor) {
        int changed = jdbc.sql("""
                update survey.focus_group_note set deleted_at = ?
                 where id = ? and survey_id = ? and deleted_at is null""")
                .params(now(), noteId, surveyId).update();
        if (changed == 0) {
            throw new NotFoundException("no note " + noteId);
        }
        audit.publishEvent(new AuditEvent("survey-note.removed", "survey-note", String.valueOf(noteId), actor,
                "survey " + surveyId));
    }

    /**
     * The survey's notes, newest discussion first, optionally only those of one theme, one region and one role
     * (the cell of the frequency table a reader clicked).
     */
    public List<FocusGroupNote> notes(long surveyId, Long themeId, String regionCode, String role) {
        surveys.get(surveyId);
        Map<Long, Theme> themes = new HashMap<>();
        codebook().forEach(t -> themes.put(t.id(), t));
        Map<Long, List<Theme>> coding = new HashMap<>();
        jdbc.sql("""
                select t.note_id, t.theme_id from survey.focus_group_note_theme t
                  join survey.focus_group_note n on n.id = t.note_id
                 where n.survey_id = ? and n.deleted_at is null order by t.note_id, t.theme_id""")
                .param(surveyId)
                .query(rs -> {
                    coding.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(themes.get(rs.getLong(2)));
                });
        Map<String, String> regionNames = new HashMap<>();
        return jdbc.sql("""
                select id, region_code, participant_role, held_on, body, created_by
                  from survey.focus_group_note where survey_id = ? and deleted_at is null
                 order by held_on desc, id desc""")
                .param(surveyId)
                .query((rs, n) -> new FocusGroupNote(rs.getLong(1), surveyId, rs.getString(2),
                        regionNames.computeIfAbsent(rs.getString(2), this::regionName), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5),
                        coding.getOrDefault(rs.getLong(1), List.of()), rs.getString(6)))
                .list().stream()
                .filter(note -> themeId == null || note.themes().stream().anyMatch(t -> t.id() == themeId))
                .filter(note -> regionCode == null || regionCode.equals(note.regionCode()))
                .filter(note -> role == null || role.equals(note.participantRole()))
                .toList();
    }

    /** How often each theme occurs in each group's notes; retired themes stay while notes carry them. */
    public ThemeFrequency frequency(long surveyId) {
        List<FocusGroupNote> notes = notes(surveyId, null, null, null);
        Map<List<String>, Integer> groupNotes = new LinkedHashMap<>();
        notes.stream()
                .sorted(java.util.Comparator.comparing(FocusGroupNote::regionName)
                        .thenComparing(FocusGroupNote::participantRole))
                .forEach(n -> groupNotes.merge(List.of(n.regionCode(), n.regionName(), n.participantRole()), 1,
                        Integer::sum));
        List<ThemeFrequency.Group> groups = groupNotes.entrySet().stream()
                .map(e -> new ThemeFrequency.Group(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2),
                        e.getValue()))
                .toList();
        List<Theme> themes = codebook().stream()
                .filter(t -> !t.retired() || notes.stream().anyMatch(n -> n.themes().contains(t))).toList();
        List<List<Integer>> counts = new ArrayList<>();
        for (Theme theme : themes) {
            List<Integer> row = new ArrayList<>();
            for (ThemeFrequency.Group group : groups) {
                row.add((int) notes.stream()
                        .filter(n -> n.regionCode().equals(group.regionCode())
                                && n.participantRole().equals(group.participantRole())
                                && n.themes().contains(theme))
                        .count());
            }
            counts.add(row);
        }
        return new ThemeFrequency(themes, groups, counts);
    }

    private boolean labelTaken(String label, long except) {
        return codebook().stream()
                .anyMatch(t -> !t.retired() && t.id() != except && t.label().equalsIgnoreCase(label));
    }

    private String regionName(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
