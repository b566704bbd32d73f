// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Netra's side of bench/survey.sh. {@code generate <csv> <seed>} writes 1M respondents (38 provinces as strata,
 * 10,000 PSUs, unequal weights, 20 binary indicators). {@code run <csv> <r.csv>} builds the design (timed apart),
 * times svymean of the 20 indicators, svyby over the provinces and svyciprop(logit), each as the best of several
 * runs, then prints the ratios to R's times and checks every figure against R's at 1e-9 relative.
 */
public final class SurveyBenchmark {

    static final int ROWS = 1_000_000;
    static final int STRATA = 38;
    static final int PSUS = 10_000;
    static final int INDICATORS = 20;

    public static void main(String[] args) throws IOException {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Long.parseLong(args[2]));
        } else {
            System.exit(run(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 20));
        }
    }

    static void generate(Path csv, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        double[] base = new double[INDICATORS];
        for (int j = 0; j < INDICATORS; j++) {
            base[j] = 0.05 + 0.9 * random.nextDouble();
        }
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            StringBuilder header = new StringBuilder("prov,psu,w");
            for (int j = 1; j <= INDICATORS; j++) {
                header.append(",y").append(j);
            }
            out.write(header.append('\n').toString());
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < PSUS; c++) {
                int stratum = c % STRATA;
                int rows = ROWS / PSUS;
                double weight = Math.round((20 + 180 * random.nextDouble()) * 100) / 100.0;
                double effect = random.nextGaussian() * 0.1;
                for (int i = 0; i < rows; i++) {
                    line.setLength(0);
                    line.append('P').append(String.format(Locale.ROOT, "%02d", stratum + 1)).append(',').append(c + 1)
                            .append(',').append(weight);
                    for (int j = 0; j < INDICATORS; j++) {
                        line.append(random.nextDouble() < base[j] + effect ? ",1" : ",0");
                    }
                    out.write(line.append('\n').toString());
                }
            }
        }
    }

    static int run(Path csv, Path rResults, int repeats) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int n = lines.size() - 1;
        String[] prov = new String[n];
        String[] psu = new String[n];
        double[] w = new double[n];
        double[][] y = new double[INDICATORS][n];
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 1).split(",");
            prov[i] = f[0];
            psu[i] = f[1];
            w[i] = Double.parseDouble(f[2]);
            for (int j = 0; j < INDICATORS; j++) {
                y[j][i] = f[3 + j].charAt(0) == '1' ? 1 : 0;
            }
        }
        lines = null;
        long t0 = System.nanoTime();
        SurveyDesign design = SurveyDesign.builder(n).weights(w).strata(prov).clusters(psu).nest(true).build();
        Domains provinces = Domains.of(prov);
        double designSeconds = (System.nanoTime() - t0) / 1e9;

        Domains whole = Domains.whole(n);
        Map<String, Double> netra = new LinkedHashMap<>();
        double meanSeconds = best(repeats, () -> {
            Estimate[][] all = new Estimator(design, false).means(y, whole);
            for (int j = 0; j < INDICATORS; j++) {
                netra.put("mean|y" + (j + 1), all[j][0].estimate());
                netra.put("mean.se|y" + (j + 1), all[j][0].se());
            }
        });
        double bySeconds = best(repeats, () -> {
            Estimate[][] all = new Estimator(design, false).means(y, provinces);
            for (int j = 0; j < INDICATORS; j++) {
                Estimate[] by = all[j];
                for (int g = 0; g < by.length; g++) {
                    netra.put("by|" + provinces.names()[g] + "|y" + (j + 1), by[g].estimate());
                    netra.put("by.se|" + provinces.names()[g] + "|y" + (j + 1), by[g].se());
                }
            }
        });
        double ciSeconds = best(repeats, () -> {
            Interval ci = new Estimator(design, false).proportionIntervals(y[0], whole, CiMethod.LOGIT, 0.95)[0];
            netra.put("ciprop|logit|lower", ci.lower());
            netra.put("ciprop|logit|upper", ci.upper());
        });

        Map<String, Double> r = new LinkedHashMap<>();
        List<String> rLines = Files.readAllLines(rResults);
        for (int i = 1; i < rLines.size(); i++) {
            String[] parts = rLines.get(i).replace("\"", "").split(",");
            r.put(parts[0], Double.parseDouble(parts[1]));
        }
        int compared = 0;
        int differ = 0;
        for (Map.Entry<String, Double> e : r.entrySet()) {
            if (e.getKey().startsWith("time|")) {
                continue;
            }
            compared++;
            Double mine = netra.get(e.getKey());
            if (mine == null || !RCrossCheck.close(mine, e.getValue())) {
                differ++;
                if (differ <= 10) {
                    System.out.printf(Locale.ROOT, "DIFF %s: R %.17g Netra %s%n", e.getKey(), e.getValue(), mine);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-34s %12s %12s %10s%n", "step (1M rows, 38 strata, 10k PSUs)", "R s",
                "Netra s", "R/Netra");
        row("svydesign (not in the ratios)", r.get("time|design"), designSeconds);
        row("svymean, 20 indicators", r.get("time|mean"), meanSeconds);
        row("svyby over 38 provinces, 20 ind.", r.get("time|by"), bySeconds);
        row("svyciprop logit, 1 indicator", r.get("time|ciprop"), ciSeconds);
        System.out.printf(Locale.ROOT, "figures compared with R: %d, differing by more than 1e-9 relative: %d%n",
                compared, differ);
        return differ == 0 ? 0 : 1;
    }

    private static void row(String name, double rSeconds, double netraSeconds) {
        System.out.printf(Locale.ROOT, "%-34s %12.3f %12.4f %10.0f%n", name, rSeconds, netraSeconds,
                rSeconds / netraSeconds);
    }

    /** The fastest of several runs, after one unmeasured warm-up (JIT compilation). */
    private static double best(int repeats, Runnable work) {
        work.run();
        double best = Double.MAX_VALUE;
        for (int k = 0; k < repeats; k++) {
            long t = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }
}
