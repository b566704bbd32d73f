// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import java.util.List;
import java.util.Optional;

/**
 * A reference table as the admin pages show it: a fixed select whose column aliases are the only names a request may
 * sort by, so user input never reaches the SQL text.
 *
 * @param key URL name, e.g. {@code holidays}
 * @param select a complete select statement; filtering, sorting and paging wrap it
 * @param defaultSort the column rows are sorted by when the request names none
 */
record AdminTable(String key, String select, List<String> columns, String defaultSort) {

    static final List<AdminTable> ALL = List.of(
            // the province's name is a column of its own so that filtering by "Banten" finds its regencies too
            new AdminTable("regions", """
                    select r.code, r.name, r.level, r.regency_kind, r.province_code, p.name as province_name,
                           r.source, r.source_version, r.source_date, r.superseded_on
                      from reference.region r
                      left join reference.region p on p.code = r.province_code and p.superseded_on is null""",
                    List.of("code", "name", "level", "regency_kind", "province_code", "province_name", "source",
                            "source_version", "source_date", "superseded_on"), "code"),
            new AdminTable("province-locations", """
                    select province_code, capital, short_label, latitude, longitude, tile_row, tile_col, source,
                           source_version
                      from reference.province_location""",
                    List.of("province_code", "capital", "short_label", "latitude", "longitude", "tile_row",
                            "tile_col", "source", "source_version"), "province_code"),
            new AdminTable("agencies", """
                    select code, name, abbreviation, array_to_string(aliases, ' | ') as aliases, type, region_code,
                           ppk_title, uncertain, note, source, source_version, created_by, updated_by
                      from reference.agency where deleted_at is null""",
                    List.of("code", "name", "abbreviation", "aliases", "type", "region_code", "ppk_title", "uncertain",
                            "note", "source", "source_version", "created_by", "updated_by"), "code"),
            new AdminTable("position-classes", """
                    select rank, code, name, name_en, category, legal_basis, source, source_version
                      from reference.position_class""",
                    List.of("rank", "code", "name", "name_en", "category", "legal_basis", "source", "source_version"),
                    "rank"),
            new AdminTable("area-head-roles", """
                    select code, name, name_en, description, source, source_version from reference.area_head_role""",
                    List.of("code", "name", "name_en", "description", "source", "source_version"), "code"),
            new AdminTable("employment-types", """
                    select code, name, name_en, discipline_regulation, note, source, source_version
                      from reference.employment_type""",
                    List.of("code", "name", "name_en", "discipline_regulation", "note", "source", "source_version"),
                    "code"),
            new AdminTable("violations", """
                    select sort_order, code, kind, description, description_en, mapped_level, sanction_basis,
                           level_uncertain, level_note, source, source_version
                      from reference.violation_form""",
                    List.of("sort_order", "code", "kind", "description", "description_en", "mapped_level",
                            "sanction_basis", "level_uncertain", "level_note", "source", "source_version"),
                    "sort_order"),
            new AdminTable("violation-categories", """
                    select c.sort_order, c.code, c.name, c.name_en,
                           string_agg(m.form_code || case when m.uncertain then ' (?)' else '' end, ', '
                                      order by f.sort_order) as forms,
                           c.source, c.source_version
                      from reference.violation_category c
                      join reference.violation_category_form m on m.category_code = c.code
                      join reference.violation_form f on f.code = m.form_code
                     group by c.sort_order, c.code, c.name, c.name_en, c.source, c.source_version""",
                    List.of("sort_order", "code", "name", "name_en", "forms", "source", "source_version"), "sort_order"),
            new AdminTable("sanctions", """
                    select code, catalogue, regulation, level, name, name_en, legal_basis, applies_to, valid_from,
                           valid_until, uncertain, note, source
                      from reference.sanction""",
                    List.of("code", "catalogue", "regulation", "level", "name", "name_en", "legal_basis", "applies_to",
                            "valid_from", "valid_until", "uncertain", "note", "source"), "code"),
            new AdminTable("elections", """
                    select e.code, e.name, e.type, e.voting_day, e.scope_note,
                           (select count(*) from reference.election_region r where r.election_code = e.code)
                               as participants,
                           e.participants_complete, e.participants_note, e.source, e.created_by
                      from reference.election e where e.deleted_at is null""",
                    List.of("code", "name", "type", "voting_day", "scope_note", "participants",
                            "participants_complete", "participants_note", "source", "created_by"), "voting_day"),
            new AdminTable("election-phases", """
                    select p.election_code, p.phase, p.starts_on, p.ends_on, p.uncertain, p.note
                      from reference.election_phase p join reference.election e on e.code = p.election_code
                     where e.deleted_at is null""",
                    List.of("election_code", "phase", "starts_on", "ends_on", "uncertain", "note"), "ends_on"),
            new AdminTable("holidays", """
                    select holiday_date, name, name_en, type, decree, election_day, uncertain, note, source,
                           created_by, deleted_at, deletion_decree
                      from reference.holiday""",
                    List.of("holiday_date", "name", "name_en", "type", "decree", "election_day", "uncertain", "note",
                            "source", "created_by", "deleted_at", "deletion_decree"), "holiday_date"),
            new AdminTable("data-releases", """
                    select dataset, version, legal_basis, legal_basis_date, licence, attribution, imported_at
                      from reference.data_release""",
                    List.of("dataset", "version", "legal_basis", "legal_basis_date", "licence", "attribution",
                            "imported_at"), "dataset"));

    static Optional<AdminTable> find(String key) {
        return ALL.stream().filter(table -> table.key().equals(key)).findFirst();
    }

    /** The requested sort column if it is one of ours, else the default. */
    String sortColumn(String requested) {
        return requested != null && columns.contains(requested) ? requested : defaultSort;
    }
}
