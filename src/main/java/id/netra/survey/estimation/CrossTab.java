// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * A weighted two-way table ({@code svytable}) with the Rao–Scott test of independence ({@code svychisq}): the
 * second-order F correction (R's default) and the first-order χ².
 *
 * @param rowLevels levels of the row variable, sorted
 * @param columnLevels levels of the column variable, sorted
 * @param weightedCounts estimated population counts, [row][column]
 * @param test the Rao–Scott test; null when the table has a single row or column
 */
public record CrossTab(String[] rowLevels, String[] columnLevels, double[][] weightedCounts, RaoScott test) {

    /**
     * @param pearson Pearson's X² of the weighted table rescaled to the sample size (what R prints for
     *                {@code statistic="Chisq"})
     * @param firstOrderP p-value of the first-order correction: X² / mean eigenvalue on (r−1)(c−1) df
     * @param degreesOfFreedom (r−1)(c−1)
     * @param f the second-order statistic X² / Σ eigenvalues
     * @param numeratorDf Satterthwaite d = (Σλ)² / Σλ²
     * @param denominatorDf d times the design degrees of freedom
     * @param p p-value of the F test
     */
    public record RaoScott(double pearson, double firstOrderP, int degreesOfFreedom, double f, double numeratorDf,
            double denominatorDf, double p) {
    }

    /** Column proportions (each column sums to 1). */
    public double[][] columnProportions() {
        double[][] out = new double[rowLevels.length][columnLevels.length];
        for (int c = 0; c < columnLevels.length; c++) {
            double sum = 0;
            for (int r = 0; r < rowLevels.length; r++) {
                sum += weightedCounts[r][c];
            }
            for (int r = 0; r < rowLevels.length; r++) {
                out[r][c] = weightedCounts[r][c] / sum;
            }
        }
        return out;
    }

    /** The weighted counts rescaled to a total (R's {@code svytable(..., Ntotal=)}). */
    public double[][] rescaledTo(double total) {
        double sum = Arrays.stream(weightedCounts).flatMapToDouble(Arrays::stream).sum();
        double[][] out = new double[rowLevels.length][columnLevels.length];
        for (int r = 0; r < out.length; r++) {
            for (int c = 0; c < out[r].length; c++) {
                out[r][c] = weightedCounts[r][c] * total / sum;
            }
        }
        return out;
    }

    /** Tabulates two categorical variables; rows missing either are left out of the table. */
    public static CrossTab of(SurveyDesign design, String[] rowVariable, String[] columnVariable) {
        String[] rows = Estimator.levels(rowVariable);
        String[] cols = Estimator.levels(columnVariable);
        int nr = rows.length;
        int nc = cols.length;
        int[] cellOfRow = new int[design.n];
        double[][] counts = new double[nr][nc];
        for (int i = 0; i < design.n; i++) {
            int r = indexOf(rows, rowVariable[i]);
            int c = indexOf(cols, columnVariable[i]);
            cellOfRow[i] = r < 0 || c < 0 ? -1 : r + nr * c;
            if (cellOfRow[i] >= 0) {
                counts[r][c] += design.weights[i];
            }
        }
        RaoScott test = nr < 2 || nc < 2 ? null : raoScott(design, cellOfRow, counts, nr, nc);
        return new CrossTab(rows, cols, counts, test);
    }

    private static int indexOf(String[] sorted, String value) {
        return value == null || value.isBlank() ? -1 : Math.max(-1, Arrays.binarySearch(sorted, value));
    }

    private static RaoScott raoScott(SurveyDesign design, int[] cellOfRow, double[][] counts, int nr, int nc) {
        int k = nr * nc;
        int n = design.n;
        double[] cells = new double[k];
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                cells[r + nr * c] = counts[r][c];
            }
        }
        double pearson = pearson(counts, n);
        // the cell proportions' design covariance: svymean of the cell indicators over the rows in the table
        double total = Arrays.stream(cells).sum();
        double[] p = new double[k];
        for (int j = 0; j < k; j++) {
            p[j] = cells[j] / total;
        }
        double[][] psuTotals = new double[k][];
        for (int j = 0; j < k; j++) {
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                int cell = cellOfRow[i];
                if (cell >= 0) {
                    score[i] = design.weights[i] * ((cell == j ? 1.0 : 0.0) - p[j]) / total;
                }
            }
            for (Calibration calibration : design.calibrations) {
                calibration.project(score);
            }
            psuTotals[j] = UltimateCluster.psuTotals(design, score);
        }
        RealMatrix v = new Array2DRowRealMatrix(UltimateCluster.covariance(design, psuTotals));
        RealMatrix contrasts = interactionContrasts(nr, nc);
        RealMatrix inverseP = new Array2DRowRealMatrix(k, k);
        for (int j = 0; j < k; j++) {
            inverseP.setEntry(j, j, p[j] == 0 ? 0 : 1 / p[j]);
        }
        RealMatrix denominator = contrasts.transpose().multiply(inverseP.scalarMultiply(1.0 / n)).multiply(contrasts);
        RealMatrix numerator = contrasts.transpose().multiply(inverseP).multiply(v).multiply(inverseP)
                .multiply(contrasts);
        RealMatrix delta = new LUDecomposition(denominator).getSolver().solve(numerator);
        double trace = delta.getTrace();
        double traceSquared = delta.multiply(delta).getTrace();
        int df = (nr - 1) * (nc - 1);
        double d0 = trace * trace / traceSquared;
        int nu = design.degreesOfFreedom();
        double f = pearson / trace;
        double pF = FDistribution.of(d0, d0 * nu).survivalProbability(f);
        double pChisq = ChiSquaredDistribution.of(df).survivalProbability(pearson / (trace / df));
        return new RaoScott(pearson, pChisq, df, f, d0, d0 * nu, pF);
    }

    /** Pearson's X² of the table rescaled to n rows, as {@code chisq.test(svytable(..., Ntotal=n))}. */
    private static double pearson(double[][] counts, int n) {
        int nr = counts.length;
        int nc = counts[0].length;
        double sum = 0;
        double[] rowSum = new double[nr];
        double[] colSum = new double[nc];
        double[][] scaled = new double[nr][nc];
        double total = 0;
        for (double[] row : counts) {
            for (double x : row) {
                total += x;
            }
        }
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                scaled[r][c] = counts[r][c] * n / total;
                rowSum[r] += scaled[r][c];
                colSum[c] += scaled[r][c];
            }
        }
        double grand = Arrays.stream(rowSum).sum();
        for (int r = 0; r < nr; r++) {
            for (int c = 0; c < nc; c++) {
                double expected = rowSum[r] * colSum[c] / grand;
                double d = scaled[r][c] - expected;
                sum += d * d / expected;
            }
        }
        return sum;
    }

    /**
     * The interaction columns of the saturated model on the cells (rows varying fastest), made orthogonal to the
     * main effects: R's {@code qr.resid(qr(X1), X12[, interactions])}.
     */
    private static RealMatrix interactionContrasts(int nr, int nc) {
        int k = nr * nc;
        RealMatrix main = new Array2DRowRealMatrix(k, nr + nc - 1);
        RealMatrix interactions = new Array2DRowRealMatrix(k, (nr - 1) * (nc - 1));
        for (int c = 0; c < nc; c++) {
            for (int r = 0; r < nr; r++) {
                int cell = r + nr * c;
                main.setEntry(cell, 0, 1);
                if (r > 0) {
                    main.setEntry(cell, r, 1);
                }
                if (c > 0) {
                    main.setEntry(cell, nr - 1 + c, 1);
                }
                if (r > 0 && c > 0) {
                    interactions.setEntry(cell, (r - 1) + (nr - 1) * (c - 1), 1);
                }
            }
        }
        RealMatrix fitted = main.multiply(new QRDecomposition(main).getSolver().solve(interactions));
        return interactions.subtract(fitted);
    }
}
