// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTests {

    @Test
    void formulaStarts_getAnApostrophe_otherTextIsUnchanged() {
        for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(SpreadsheetCells.defuse(formula)).isEqualTo("'" + formula);
        }
        assertThat(SpreadsheetCells.defuse("Banten")).isEqualTo("Banten");
        assertThat(SpreadsheetCells.defuse("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetCells.defuse("")).isEmpty();
        assertThat(SpreadsheetCells.defuse(null)).isNull();
    }
}
