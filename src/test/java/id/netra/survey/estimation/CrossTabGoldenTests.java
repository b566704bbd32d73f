// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import static id.netra.survey.estimation.Golden.close;
import static id.netra.survey.estimation.Golden.printed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** svytable and svychisq of influence by sex against R 4.2.2 / survey 4.1-1. */
class CrossTabGoldenTests {

    private final GoldenData data = GoldenData.load();
    private final CrossTab table = CrossTab.of(data.design(), data.infl, data.maleLabels());

    @Test
    void weightedCountsAndColumnProportions() {
        assertThat(table.rowLevels()).containsExactly("atasan", "keluarga", "kolega", "tidak_ada");
        assertThat(table.columnLevels()).containsExactly("0", "1");
        double[][] counts = {{180, 590}, {0, 280}, {0, 390}, {960, 60}};
        double[][] shares = {{0.1579, 0.4470}, {0, 0.2121}, {0, 0.2955}, {0.8421, 0.0455}};
        double[][] fullShares = {{0.1578947368421053, 0.4469696969696970}, {0, 0.2121212121212121},
            {0, 0.2954545454545455}, {0.8421052631578947, 0.0454545454545455}};
        double[][] proportions = table.columnProportions();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 2; c++) {
                assertThat(table.weightedCounts()[r][c]).isEqualTo(counts[r][c]);
                printed(proportions[r][c], shares[r][c], 4);
                close(proportions[r][c], fullShares[r][c]);
            }
        }
    }

    @Test
    void tableOfOneVariableRescaledToAHundred() {
        String[] one = new String[data.infl.length];
        java.util.Arrays.fill(one, "semua");
        double[][] scaled = CrossTab.of(data.design(), data.infl, one).rescaledTo(100);
        double[] expected = {31.30081, 11.38211, 15.85366, 41.46341};
        double[] full = {31.3008130081301, 11.3821138211382, 15.8536585365854, 41.4634146341463};
        for (int r = 0; r < 4; r++) {
            printed(scaled[r][0], expected[r], 5);
            close(scaled[r][0], full[r]);
        }
    }

    @Test
    void raoScottSecondOrderF() {
        CrossTab.RaoScott test = table.test();
        close(test.f(), 4.1280795);
        close(test.numeratorDf(), 2.4954343);
        close(test.denominatorDf(), 12.4771715);
        printed(test.p(), 0.0354499, 7);
        // the same figures at full precision (golden.R with options(digits=15))
        close(test.f(), 4.1280794967380698);
        close(test.numeratorDf(), 2.4954342964355569);
        close(test.denominatorDf(), 12.4771714821777842);
        close(test.p(), 0.0354498956620323);
    }

    @Test
    void raoScottFirstOrderChiSquare() {
        CrossTab.RaoScott test = table.test();
        printed(test.pearson(), 16.373111, 6);
        close(test.pearson(), 16.37311070578731886);
        assertThat(test.degreesOfFreedom()).isEqualTo(3);
        printed(test.firstOrderP(), 0.006176405, 9);
        close(test.firstOrderP(), 0.00617640534062511);
    }
}
