// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** One row per variable, level and domain; numbers that cannot be computed are null. n (respondents behind the row) serves the pages and is not part of the API answer. */
public record EstimateResponse(List<Row> estimates, int degreesOfFreedom) {

    public record Row(String variable, String level, String domain, Double estimate, Double se, Double ciLower,
            Double ciUpper, Double deff, @JsonIgnore int n) {
    }
}
