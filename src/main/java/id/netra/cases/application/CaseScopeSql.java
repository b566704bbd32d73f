// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import id.netra.cases.domain.CaseState;
import id.netra.identity.CurrentUser;
import id.netra.identity.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SQL condition for "cases this user may see, narrowed by the filter", for lists and reports. Mirrors
 * {@link id.netra.cases.domain.policy.CaseScopePolicy} so that lists never show what the detail page would answer
 * with 404; the integration tests compare the two.
 */
public final class CaseScopeSql {

    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)(?:NTR-\\d{4}-)?0*(\\d{1,12})");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public static CaseScopeSql of(CurrentUser user, CaseFilter filter) {
        return new CaseScopeSql(user, filter);
    }

    private CaseScopeSql(CurrentUser user, CaseFilter filter) {
        conditions.add(scope(user));
        if (!filter.states().isEmpty()) {
            conditions.add("c.state in (:states)");
            params.put("states", filter.states().stream().map(CaseState::name).toList());
        }
        if (filter.agencyCode() != null) {
            conditions.add("c.agency_code = :agency");
            params.put("agency", filter.agencyCode());
        }
        if (filter.regionCode() != null) {
            conditions.add("(c.region_code = :region or c.region_code like :regionPrefix)");
            params.put("region", filter.regionCode());
            params.put("regionPrefix", filter.regionCode() + ".%");
        }
        if (filter.dueFrom() != null) {
            conditions.add("c.deadline >= :dueFrom");
            params.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueBefore() != null) {
            conditions.add("c.deadline < :dueBefore");
            params.put("dueBefore", filter.dueBefore());
        }
        if (filter.electionCode() != null) {
            conditions.add("c.election_code = :election");
            params.put("election", filter.electionCode());
        }
        if (filter.blockDue()) {
            conditions.add("c.block_due_since is not null");
        }
        if (filter.text() != null) {
            conditions.add(textCondition(filter, user));
        }
    }

    /**
     * Case number (NTR-2024-000012 or just 12), person's name or NIP, or agency name. Analysts see people only under
     * pseudonyms, so for them a name or NIP never matches: the search would tell them who is in a case.
     */
    private String textCondition(CaseFilter filter, CurrentUser user) {
        List<String> any = new ArrayList<>();
        Matcher number = CASE_NUMBER.matcher(filter.text());
        if (number.matches()) {
            any.add("c.id = :textId");
            params.put("textId", Long.parseLong(number.group(1)));
        }
        boolean pseudonymisedOnly = user.roles().stream().allMatch(role -> role == Role.ANALYST);
        if (!pseudonymisedOnly) {
            any.add("c.person_name ilike :textLike escape '\\'");
            any.add("c.person_nip like :textPrefix escape '\\'");
            String escaped = filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.put("textLike", "%" + escaped + "%");
            params.put("textPrefix", escaped.replace(" ", "") + "%");
        }
        if (!filter.textAgencyCodes().isEmpty()) {
            any.add("c.agency_code in (:textAgencies)");
            params.put("textAgencies", List.copyOf(filter.textAgencyCodes()));
        }
        return any.isEmpty() ? "false" : any.stream().collect(Collectors.joining(" or ", "(", ")"));
    }

    private String scope(CurrentUser user) {
        List<String> any = new ArrayList<>();
        for (Role role : user.roles()) {
            switch (role) {
                case BAWASLU_OFFICER, SUPERVISOR -> {
                    if (user.regionCode() == null) {
                        any.add("true");
                    } else {
                        any.add("(c.region_code = :scopeRegion or c.region_code like :scopeRegionPrefix)");
                        params.put("scopeRegion", user.regionCode());
                        params.put("scopeRegionPrefix", user.regionCode() + ".%");
                    }
                }
                case PPK_OFFICER -> {
                    if (user.agencyCode() != null) {
                        any.add("c.agency_code = :scopeAgency");
                        params.put("scopeAgency", user.agencyCode());
                    }
                }
                case SATGAS_VERIFIER, BKN_OFFICER, ANALYST, ADMIN -> any.add("true");
            }
        }
        return any.isEmpty() ? "false" : any.stream().distinct().collect(Collectors.joining(" or ", "(", ")"));
    }

    /** A condition on {@code cases.case_file c}. */
    public String where() {
        return String.join(" and ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }
}
