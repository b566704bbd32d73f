// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference.catalogue;

import id.netra.reference.EmploymentType;
import id.netra.reference.PositionClass;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Position classes, the regional-head flag's roles and employment types, with their names and sources. */
@Service
public class JdbcPositionCatalogue {

    public record PositionClassEntry(PositionClass code, String name, String nameEn, String category,
            String legalBasis, String source) {
    }

    public record AreaHeadRoleEntry(String code, String name, String nameEn, String description, String source) {
    }

    public record EmploymentTypeEntry(EmploymentType code, String name, String nameEn, String disciplineRegulation,
            String note, String source) {
    }

    private final JdbcClient jdbc;

    JdbcPositionCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PositionClassEntry> positionClasses() {
        return jdbc.sql("select code, name, name_en, category, legal_basis, source from reference.position_class order by rank")
                .query((rs, n) -> new PositionClassEntry(PositionClass.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    public List<AreaHeadRoleEntry> areaHeadRoles() {
        return jdbc.sql("select code, name, name_en, description, source from reference.area_head_role order by code")
                .query((rs, n) -> new AreaHeadRoleEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    public List<EmploymentTypeEntry> employmentTypes() {
        return jdbc.sql("""
                select code, name, name_en, discipline_regulation, note, source
                  from reference.employment_type order by case code when 'PNS' then 1 when 'CPNS' then 2 else 3 end""")
                .query((rs, n) -> new EmploymentTypeEntry(EmploymentType.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }
}
