// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Filters, sorts and pages the rows of an {@link AdminTable}. */
@Component
class AdminTableQueries {

    static final int PAGE_SIZE = 100;

    /** What the admin asked for; {@code filter} matches any column, case-insensitively. */
    record Request(String filter, String sort, boolean descending, int page) {
    }

    record Page(List<List<Object>> rows, long total, int page, int pages) {
    }

    private final JdbcClient jdbc;

    AdminTableQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page page(AdminTable table, Request request) {
        long total = jdbc.sql("select count(*) from (" + table.select() + ") t where " + filterClause(table))
                .param("filter", likePattern(request.filter())).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(request.page(), 1), pages);
        List<List<Object>> rows = rows(table, request, " limit " + PAGE_SIZE + " offset " + (page - 1) * PAGE_SIZE);
        return new Page(rows, total, page, pages);
    }

    /** Every matching row, for the CSV export. */
    List<List<Object>> all(AdminTable table, Request request) {
        return rows(table, request, "");
    }

    private List<List<Object>> rows(AdminTable table, Request request, String limit) {
        String sql = "select * from (" + table.select() + ") t where " + filterClause(table)
                + " order by " + table.sortColumn(request.sort()) + (request.descending() ? " desc" : " asc")
                + " nulls last, 1" + limit;
        return jdbc.sql(sql).param("filter", likePattern(request.filter())).query().listOfRows().stream()
                .map(row -> values(table, row)).toList();
    }

    private static List<Object> values(AdminTable table, Map<String, Object> row) {
        List<Object> values = new ArrayList<>();
        table.columns().forEach(column -> values.add(row.get(column)));
        return values;
    }

    private static String filterClause(AdminTable table) {
        return "concat_ws(' ', " + table.columns().stream().map(c -> "t." + c + "::text")
                .collect(Collectors.joining(", ")) + ") ilike :filter";
    }

    /** A contains-pattern in which the admin's % and _ are plain characters. */
    static String likePattern(String filter) {
        String text = filter == null ? "" : filter.trim();
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
