// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.catalogue;

import id.netra.reference.ViolationCategories;
import id.netra.reference.ViolationCategory;
import id.netra.reference.support.Snapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The statistical categories with the forms each counts, held in memory. */
@Service
class JdbcViolationCategories implements ViolationCategories {

    private final Snapshot<List<ViolationCategory>> categories;

    JdbcViolationCategories(JdbcClient jdbc) {
        this.categories = new Snapshot<>(() -> {
            Map<String, String[]> names = new LinkedHashMap<>();
            Map<String, List<String>> forms = new LinkedHashMap<>();
            Map<String, List<String>> uncertain = new LinkedHashMap<>();
            jdbc.sql("select code, name, name_en from reference.violation_category order by sort_order")
                    .query(rs -> {
                        names.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                        forms.put(rs.getString(1), new ArrayList<>());
                        uncertain.put(rs.getString(1), new ArrayList<>());
                    });
            jdbc.sql("""
                    select m.category_code, m.form_code, m.uncertain from reference.violation_category_form m
                      join reference.violation_form f on f.code = m.form_code order by f.sort_order""")
                    .query(rs -> {
                        forms.get(rs.getString(1)).add(rs.getString(2));
                        if (rs.getBoolean(3)) {
                            uncertain.get(rs.getString(1)).add(rs.getString(2));
                        }
                    });
            return names.entrySet().stream()
                    .map(e -> new ViolationCategory(e.getKey(), e.getValue()[0], e.getValue()[1], forms.get(e.getKey()),
                            uncertain.get(e.getKey())))
                    .toList();
        });
    }

    @Override
    public List<ViolationCategory> all() {
        return categories.get();
    }

    @Override
    public List<ViolationCategory> containing(String formCode) {
        return all().stream().filter(category -> category.formCodes().contains(formCode)).toList();
    }
}
