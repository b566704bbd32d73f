// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.query;

import id.netra.analytics.StatsFilter;
import id.netra.analytics.rollup.RollupGrain;
import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The condition on {@code analytics.case_rollup r} for "cells this user may count, narrowed by the filter". The
 * scope follows the case lists' rule: Bawaslu officers and supervisors count their region, PPK officers their own
 * agency, the national roles everything; no user (the public) counts everything. Dates bound the week of the report:
 * the rollup keeps weeks, not days, so a range counts the whole weeks it touches.
 */
final class RollupWhere {

    private static final Pattern COLUMN = Pattern.compile("\\br\\.([a-z_]+)");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    RollupWhere(StatsFilter filter, CurrentUser user) {
        if (user != null) {
            conditions.add(scope(user));
        }
        equal("r.election_code", "election", filter.electionCode());
        if (filter.regionCode() != null) {
            boolean regency = filter.regionCode().contains(".");
            equal(regency ? "r.region_code" : "r.province_code", "region", filter.regionCode());
        }
        equal("r.agency_code", "agency", filter.agencyCode());
        equal("r.position_class", "position", filter.positionClass() == null ? null : filter.positionClass().name());
        equal("r.area_head", "areaHead", filter.areaHead());
        equal("r.employment_type", "employment",
                filter.employmentType() == null ? null : filter.employmentType().name());
        equal("r.category_code", "category", filter.categoryCode());
        equal("r.phase", "phase", filter.phase() == null ? null : filter.phase().name());
        if (filter.from() != null) {
            conditions.add("r.week >= :fromWeek");
            params.put("fromWeek", Date.valueOf(RollupGrain.weekOf(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add("r.week <= :toWeek");
            params.put("toWeek", Date.valueOf(RollupGrain.weekOf(filter.to())));
        }
    }

    RollupWhere and(String condition) {
        conditions.add(condition);
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    Map<String, Object> params() {
        return params;
    }

    /** The rollup columns the conditions read (without their {@code r.}), to choose a rollup that has them all. */
    Set<String> columns() {
        Set<String> columns = new HashSet<>();
        Matcher column = COLUMN.matcher(sql());
        while (column.find()) {
            columns.add(column.group(1));
        }
        return columns;
    }

    private void equal(String column, String name, Object value) {
        if (value != null) {
            conditions.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    private String scope(CurrentUser user) {
        List<String> any = new ArrayList<>();
        for (Role role : user.roles()) {
            switch (role) {
                case BAWASLU_OFFICER, SUPERVISOR -> {
                    if (user.regionCode() == null) {
                        any.add("true");
                    } else {
                        boolean regency = user.regionCode().contains(".");
                        any.add((regency ? "r.region_code" : "r.province_code") + " = :scopeRegion");
                        params.put("scopeRegion", user.regionCode());
                    }
                }
                case PPK_OFFICER -> {
                    if (user.agencyCode() != null) {
                        any.add("r.agency_code = :scopeAgency");
                        params.put("scopeAgency", user.agencyCode());
                    }
                }
                case SATGAS_VERIFIER, BKN_OFFICER, ANALYST, ADMIN -> any.add("true");
            }
        }
        return any.isEmpty() ? "false" : any.stream().distinct().collect(Collectors.joining(" or ", "(", ")"));
    }
}
