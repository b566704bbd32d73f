// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Calibration of the weights to known population totals, as R's {@code postStratify} and {@code rake}: the new
 * weights, and the projection each step leaves for the variance.
 */
public final class Calibrations {

    /** rake()'s defaults: at most 10 cycles, stop when no cell of the joint table moves by 1 or more. */
    public static final int DEFAULT_MAX_CYCLES = 10;
    public static final double DEFAULT_EPSILON = 1;

    private Calibrations() {
    }

    /**
     * Post-stratifies to population counts per cell. Every cell of the sample needs a population count, and every
     * populated cell needs respondents (R's {@code partial=FALSE}).
     */
    public static SurveyDesign postStratify(SurveyDesign design, String[] cellLabels, Map<String, Double> population) {
        PostStratum step = postStratum(design.weights, cellLabels, population);
        return design.calibratedWith(step.newWeights, step);
    }

    /**
     * Rakes to the margins' population counts: post-stratifies on each margin in turn until the joint weighted table
     * of all margins moves by less than epsilon (a fraction of the total weight when below 1), at most maxCycles
     * times.
     */
    public static SurveyDesign rake(SurveyDesign design, List<String[]> margins, List<Map<String, Double>> populations,
            int maxCycles, double epsilon) {
        if (margins.size() != populations.size() || margins.isEmpty()) {
            throw new DesignException("Setiap margin raking membutuhkan total populasinya.");
        }
        double tolerance = epsilon;
        if (epsilon < 1) {
            double sum = 0;
            for (double w : design.weights) {
                sum += w;
            }
            tolerance = epsilon * sum;
        }
        int[] joint = jointCells(margins, design.n);
        int jointCells = 0;
        for (int j : joint) {
            jointCells = Math.max(jointCells, j + 1);
        }
        double[] weights = design.weights;
        double[] oldTable = table(joint, weights, jointCells);
        List<PostStratum> steps = new ArrayList<>();
        for (int cycle = 0; cycle < maxCycles; cycle++) {
            steps = new ArrayList<>();
            for (int m = 0; m < margins.size(); m++) {
                PostStratum step = postStratum(weights, margins.get(m), populations.get(m));
                steps.add(step);
                weights = step.newWeights;
            }
            double[] newTable = table(joint, weights, jointCells);
            double delta = 0;
            for (int j = 0; j < jointCells; j++) {
                delta = Math.max(delta, Math.abs(oldTable[j] - newTable[j]));
            }
            if (delta < tolerance) {
                break;
            }
            oldTable = newTable;
        }
        // like R, a raking that has not converged after maxCycles keeps its last weights
        return design.calibratedWith(weights, new Raking(steps));
    }

    private static PostStratum postStratum(double[] weights, String[] labels, Map<String, Double> population) {
        int n = weights.length;
        if (labels.length != n) {
            throw new DesignException("Kolom pasca-stratifikasi harus memiliki " + n + " baris.");
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        int[] cell = new int[n];
        for (int i = 0; i < n; i++) {
            String label = labels[i];
            if (label == null || label.isBlank()) {
                throw new DesignException("Baris " + (i + 1) + " tidak memiliki nilai sel pasca-stratifikasi.");
            }
            Integer c = index.get(label);
            if (c == null) {
                c = names.size();
                index.put(label, c);
                names.add(label);
            }
            cell[i] = c;
        }
        double[] sampleTotal = new double[names.size()];
        for (int i = 0; i < n; i++) {
            sampleTotal[cell[i]] += weights[i];
        }
        double[] factor = new double[names.size()];
        for (int c = 0; c < names.size(); c++) {
            Double count = population.get(names.get(c));
            if (count == null || !(count > 0)) {
                throw new DesignException("Sel " + names.get(c) + " ada di sampel tetapi tidak memiliki total populasi.");
            }
            factor[c] = count / sampleTotal[c];
        }
        TreeSet<String> missing = new TreeSet<>();
        population.forEach((name, count) -> {
            if (count != null && count > 0 && !index.containsKey(name)) {
                missing.add(name);
            }
        });
        if (!missing.isEmpty()) {
            throw new DesignException("Sel populasi tanpa responden: " + String.join(", ", missing) + ".");
        }
        double[] newWeights = new double[n];
        for (int i = 0; i < n; i++) {
            newWeights[i] = weights[i] * factor[cell[i]];
        }
        return new PostStratum(cell, names.size(), weights, newWeights);
    }

    private static int[] jointCells(List<String[]> margins, int n) {
        Map<String, Integer> index = new HashMap<>();
        int[] joint = new int[n];
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < n; i++) {
            key.setLength(0);
            for (String[] margin : margins) {
                key.append(margin[i]).append('\u0000');
            }
            joint[i] = index.computeIfAbsent(key.toString(), k -> index.size());
        }
        return joint;
    }

    private static double[] table(int[] cells, double[] weights, int size) {
        double[] t = new double[size];
        for (int i = 0; i < cells.length; i++) {
            t[cells[i]] += weights[i];
        }
        return t;
    }

    /**
     * One post-stratification: svyrecvar removes each cell's mean score, the mean taken with the old weights and
     * the score rescaled to them.
     */
    record PostStratum(int[] cell, int cells, double[] oldWeights, double[] newWeights) implements Calibration {

        @Override
        public void project(double[] x) {
            double[] sum = new double[cells];
            double[] oldSum = new double[cells];
            for (int i = 0; i < x.length; i++) {
                sum[cell[i]] += x[i] * oldWeights[i] / newWeights[i];
                oldSum[cell[i]] += oldWeights[i];
            }
            for (int i = 0; i < x.length; i++) {
                int c = cell[i];
                x[i] -= sum[c] / oldSum[c] * newWeights[i];
            }
        }
    }

    /**
     * Raking: svyrecvar back-fits the margins ten times, each time removing from x/w its unweighted mean within the
     * margin's cells, w being the weights after that margin's step of the last cycle.
     */
    record Raking(List<PostStratum> margins) implements Calibration {

        private static final int BACKFITTING_ROUNDS = 10;

        @Override
        public void project(double[] x) {
            for (int round = 0; round < BACKFITTING_ROUNDS; round++) {
                for (PostStratum margin : margins) {
                    double[] w = margin.newWeights();
                    int[] cell = margin.cell();
                    double[] sum = new double[margin.cells()];
                    int[] count = new int[margin.cells()];
                    for (int i = 0; i < x.length; i++) {
                        sum[cell[i]] += x[i] / w[i];
                        count[cell[i]]++;
                    }
                    for (int i = 0; i < x.length; i++) {
                        x[i] -= w[i] * (sum[cell[i]] / count[cell[i]]);
                    }
                }
            }
        }
    }
}
