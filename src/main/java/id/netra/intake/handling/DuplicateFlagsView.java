// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.handling;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The duplicate flags touching a report, from either side, as a handler reads them. */
@Repository
public class DuplicateFlagsView {

    private final JdbcClient jdbc;

    DuplicateFlagsView(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Flag> of(UUID reportId) {
        return jdbc.sql("""
                select f.id, f.reasons, f.similarity, f.status, f.detected_at, f.decided_by,
                       case when f.report_id = :id then f.other_report_id else f.report_id end as other,
                       o.region_code as other_region, o.created_at as other_received
                  from intake.duplicate_flag f
                  join intake.report o on o.id = case when f.report_id = :id then f.other_report_id else f.report_id end
                 where f.report_id = :id or f.other_report_id = :id
                 order by f.status = 'OPEN' desc, f.detected_at desc""")
                .param("id", reportId).query(DuplicateFlagsView::map).list();
    }

    private static Flag map(ResultSet rs, int row) throws SQLException {
        Array reasons = rs.getArray("reasons");
        Float similarity = rs.getObject("similarity") == null ? null : rs.getFloat("similarity");
        return new Flag(rs.getObject("id", UUID.class), rs.getObject("other", UUID.class),
                rs.getString("other_region"), rs.getTimestamp("other_received").toInstant(),
                Arrays.asList((String[]) reasons.getArray()), similarity, rs.getString("status"),
                rs.getTimestamp("detected_at").toInstant(), rs.getString("decided_by"), false);
    }

    /**
     * @param otherReportId the report on the other side of the flag
     * @param reasons {@code SAME_NIP}, {@code SAME_PERSON}, {@code SAME_EVIDENCE}, {@code SIMILAR_TEXT}
     * @param status {@code OPEN}, {@code LINKED}, {@code MERGED} or {@code DISMISSED}
     * @param outsideScope the other report lies outside the reader's scope: its id, region and date are withheld
     */
    public record Flag(UUID id, UUID otherReportId, String otherRegion, Instant otherReceivedAt, List<String> reasons,
            Float similarity, String status, Instant detectedAt, String decidedBy, boolean outsideScope) {

        /** The same flag with nothing that identifies the other report, for a reader who may not see it. */
        public Flag redacted() {
            return new Flag(id, null, null, null, reasons, similarity, status, detectedAt, decidedBy, true);
        }

        public boolean open() {
            return "OPEN".equals(status);
        }
    }
}
