// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generates random designs from a seed, has R's survey package estimate them (scripts/cross-check.R) and compares
 * every figure with Netra's engine. Run by scripts/cross-check-r.sh; exits 1 on any relative difference above 1e-9.
 *
 * <p>Arguments: number of designs, seed, work directory, path of cross-check.R.
 */
public final class RCrossCheck {

    static final double TOLERANCE = 1e-9;
    private static final LonelyPsu[] POLICIES = {LonelyPsu.REMOVE, LonelyPsu.ADJUST, LonelyPsu.AVERAGE,
        LonelyPsu.CERTAINTY};
    private static final String[] LEVELS = {"atasan", "keluarga", "kolega", "tidak_ada"};

    public static void main(String[] args) throws Exception {
        int designs = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path work = Path.of(args[2]);
        Path script = Path.of(args[3]);
        int failures = 0;
        int compared = 0;
        for (int d = 0; d < designs; d++) {
            Path dir = work.resolve("design-" + d);
            Files.createDirectories(dir);
            LonelyPsu policy = POLICIES[d % POLICIES.length];
            Sample sample = Sample.generate(new SplittableRandom(seed + d), d);
            sample.write(dir);
            runR(script, dir, policy);
            Map<String, Double> r = readR(dir.resolve("r.csv"));
            Map<String, Double> netra = sample.estimates(policy);
            int designFailures = 0;
            for (Map.Entry<String, Double> e : r.entrySet()) {
                Double mine = netra.get(e.getKey());
                compared++;
                if (mine == null || !close(mine, e.getValue())) {
                    designFailures++;
                    if (designFailures <= 20) {
                        System.out.printf(Locale.ROOT, "  DIFF design %d %s: R %.17g Netra %s%n", d, e.getKey(),
                                e.getValue(), mine == null ? "missing" : String.format(Locale.ROOT, "%.17g", mine));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "design %d: %d rows, %d strata, %d PSUs, lonely PSU %s: %d figures, %s%n",
                    d, sample.rows(), sample.strataCount, sample.psuCount, policy.name().toLowerCase(Locale.ROOT),
                    r.size(), designFailures == 0 ? "all equal" : designFailures + " differ");
            failures += designFailures;
        }
        System.out.printf(Locale.ROOT, "cross-check: %d figures compared, %d differ by more than %.0e relative%n",
                compared, failures, TOLERANCE);
        System.exit(failures == 0 ? 0 : 1);
    }

    static boolean close(double mine, double theirs) {
        if (Double.isNaN(theirs) || Double.isNaN(mine)) {
            return Double.isNaN(theirs) && Double.isNaN(mine);
        }
        return Math.abs(mine - theirs) <= TOLERANCE * Math.max(Math.abs(mine), Math.abs(theirs)) + 1e-14;
    }

    private static void runR(Path script, Path dir, LonelyPsu policy) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("Rscript", script.toString(), dir.toString(),
                policy.name().toLowerCase(Locale.ROOT)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("Rscript failed:\n" + output);
        }
    }

    private static Map<String, Double> readR(Path file) throws IOException {
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 1; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\",\"");
            String name = parts[0].substring(1);
            String value = parts[1].substring(0, parts[1].length() - 1);
            values.put(name, value.equals("NA") || value.equals("NaN") ? Double.NaN : Double.parseDouble(value));
        }
        return values;
    }

    /** One random design: strata, PSUs (one stratum with a lonely PSU), unequal weights, fpc, answers. */
    record Sample(String[] strat, String[] psu, double[] w, double[] fpc, String[] sex, double[][] binaries,
            String[] infl, double[] x, Map<String, Double> popStrat, Map<String, Double> popSex, int strataCount,
            int psuCount) {

        static Sample generate(SplittableRandom random, int index) {
            int strata = 3 + random.nextInt(5);
            List<String> strat = new ArrayList<>();
            List<String> psu = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            List<Double> fpc = new ArrayList<>();
            List<Double> psuEffect = new ArrayList<>();
            int psus = 0;
            for (int h = 0; h < strata; h++) {
                int nh = h == strata - 1 ? 1 : 2 + random.nextInt(5);
                double populationPsus = nh + random.nextInt(12);
                for (int c = 0; c < nh; c++) {
                    psus++;
                    int rows = 3 + random.nextInt(25);
                    double base = 5 + random.nextDouble() * 120;
                    double effect = random.nextDouble() * 2 - 1;
                    for (int i = 0; i < rows; i++) {
                        strat.add("S" + (h + 1));
                        psu.add("C" + (c + 1));
                        w.add(Math.round(base * (0.8 + 0.4 * random.nextDouble()) * 100) / 100.0);
                        fpc.add(populationPsus);
                        psuEffect.add(effect);
                    }
                }
            }
            int n = strat.size();
            String[] sex = new String[n];
            double[][] binaries = new double[4][n];
            String[] infl = new String[n];
            double[] x = new double[n];
            double[] shares = {0.5, 0.45, 0.17, 0.08};
            for (int i = 0; i < n; i++) {
                sex[i] = random.nextDouble() < 0.55 ? "L" : "P";
                double e = psuEffect.get(i);
                for (int j = 0; j < 4; j++) {
                    double p = Math.min(0.95, Math.max(0.02, shares[j] + 0.15 * e + (sex[i].equals("L") ? 0.05 : 0)));
                    binaries[j][i] = random.nextDouble() < p ? 1 : 0;
                }
                double u = random.nextDouble() + 0.2 * e;
                infl[i] = u < 0.3 ? LEVELS[0] : u < 0.45 ? LEVELS[1] : u < 0.6 ? LEVELS[2] : LEVELS[3];
                x[i] = Math.round((40 + 10 * e + random.nextGaussian() * 8) * 1000) / 1000.0;
            }
            double[] weights = w.stream().mapToDouble(Double::doubleValue).toArray();
            String[] strata_ = strat.toArray(String[]::new);
            Map<String, Double> popStrat = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                popStrat.merge(strata_[i], weights[i], Double::sum);
            }
            double total = 0;
            for (Map.Entry<String, Double> e : popStrat.entrySet()) {
                e.setValue((double) Math.round(e.getValue() * (0.85 + 0.3 * random.nextDouble())));
                total += e.getValue();
            }
            double male = Math.round(total * (0.5 + 0.1 * random.nextDouble()));
            Map<String, Double> popSex = new TreeMap<>(Map.of("L", male, "P", total - male));
            return new Sample(strata_, psu.toArray(String[]::new), weights,
                    fpc.stream().mapToDouble(Double::doubleValue).toArray(), sex, binaries, infl, x, popStrat, popSex,
                    strata, psus);
        }

        int rows() {
            return w.length;
        }

        void write(Path dir) throws IOException {
            StringBuilder csv = new StringBuilder("strat,psu,w,fpc,sex,b1,b2,b3,b4,infl,x\n");
            for (int i = 0; i < w.length; i++) {
                csv.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%d,%d,%d,%d,%s,%s%n", strat[i], psu[i],
                        Double.toString(w[i]), Double.toString(fpc[i]), sex[i], (int) binaries[0][i],
                        (int) binaries[1][i], (int) binaries[2][i], (int) binaries[3][i], infl[i],
                        Double.toString(x[i])));
            }
            Files.writeString(dir.resolve("data.csv"), csv);
            StringBuilder ps = new StringBuilder("strat,Freq\n");
            popStrat.forEach((k, v) -> ps.append(k).append(',').append(v).append('\n'));
            Files.writeString(dir.resolve("pop_strat.csv"), ps);
            StringBuilder px = new StringBuilder("sex,Freq\n");
            popSex.forEach((k, v) -> px.append(k).append(',').append(v).append('\n'));
            Files.writeString(dir.resolve("pop_sex.csv"), px);
        }

        Map<String, Double> estimates(LonelyPsu policy) {
            SurveyDesign base = SurveyDesign.builder(w.length).weights(w).strata(strat).clusters(psu).nest(true)
                    .lonelyPsu(policy).build();
            Map<String, Double> out = new LinkedHashMap<>();
            estimates("base", base, out);
            estimates("fpc", SurveyDesign.builder(w.length).weights(w).strata(strat).clusters(psu).nest(true)
                    .fpc(fpc).lonelyPsu(policy).build(), out);
            estimates("poststrat", Calibrations.postStratify(base, sex, popSex), out);
            estimates("rake", Calibrations.rake(base, List.of(strat, sex), List.of(popStrat, popSex),
                    Calibrations.DEFAULT_MAX_CYCLES, Calibrations.DEFAULT_EPSILON), out);
            return out;
        }

        private void estimates(String tag, SurveyDesign design, Map<String, Double> out) {
            Estimator est = new Estimator(design);
            double[][] numeric = {binaries[0], binaries[1], binaries[2], binaries[3], x};
            String[] names = {"b1", "b2", "b3", "b4", "x"};
            for (int v = 0; v < numeric.length; v++) {
                Estimate m = est.mean(numeric[v]);
                out.put(tag + "|mean|" + names[v], m.estimate());
                out.put(tag + "|mean.se|" + names[v], m.se());
                out.put(tag + "|deff|" + names[v], m.deff());
                out.put(tag + "|deff.replace|" + names[v], m.deffReplace());
            }
            for (int v = 0; v < 4; v++) {
                Estimate t = est.total(numeric[v]);
                out.put(tag + "|total|" + names[v], t.estimate());
                out.put(tag + "|total.se|" + names[v], t.se());
            }
            for (String level : Estimator.levels(infl)) {
                Estimate m = est.mean(Estimator.indicator(infl, level));
                out.put(tag + "|mean|infl=" + level, m.estimate());
                out.put(tag + "|mean.se|infl=" + level, m.se());
            }
            Domains bySex = Domains.of(sex);
            for (int v = 0; v < 2; v++) {
                Estimate[] by = est.mean(numeric[v], bySex);
                for (int g = 0; g < bySex.size(); g++) {
                    out.put(tag + "|by.sex|" + bySex.names()[g] + "|" + names[v], by[g].estimate());
                    out.put(tag + "|by.sex.se|" + bySex.names()[g] + "|" + names[v], by[g].se());
                }
            }
            Domains byStrat = Domains.of(strat);
            for (String level : Estimator.levels(infl)) {
                Estimate[] by = est.mean(Estimator.indicator(infl, level), byStrat);
                for (int g = 0; g < byStrat.size(); g++) {
                    out.put(tag + "|by.strat|" + byStrat.names()[g] + "|infl=" + level, by[g].estimate());
                    out.put(tag + "|by.strat.se|" + byStrat.names()[g] + "|infl=" + level, by[g].se());
                }
            }
            double[] mentions = new double[w.length];
            for (int i = 0; i < mentions.length; i++) {
                mentions[i] = binaries[0][i] + binaries[1][i] + binaries[2][i] + binaries[3][i];
            }
            Estimate ratio = est.ratio(binaries[0], mentions);
            out.put(tag + "|ratio|b1/mentions", ratio.estimate());
            out.put(tag + "|ratio.se|b1/mentions", ratio.se());
            Domains whole = Domains.whole(w.length);
            for (CiMethod method : new CiMethod[] {CiMethod.LOGIT, CiMethod.LIKELIHOOD, CiMethod.XLOGIT,
                CiMethod.BETA, CiMethod.ASIN, CiMethod.MEAN}) {
                Interval ci = est.proportionIntervals(binaries[0], whole, method, 0.95)[0];
                String m = method.name().toLowerCase(Locale.ROOT);
                out.put(tag + "|ciprop|" + m + "|lower", ci.lower());
                out.put(tag + "|ciprop|" + m + "|upper", ci.upper());
            }
            Interval[] bySexLogit = est.proportionIntervals(binaries[0], bySex, CiMethod.LOGIT, 0.95);
            for (int g = 0; g < bySex.size(); g++) {
                out.put(tag + "|by.sex.logit|" + bySex.names()[g] + "|lower", bySexLogit[g].lower());
                out.put(tag + "|by.sex.logit|" + bySex.names()[g] + "|upper", bySexLogit[g].upper());
            }
            Interval[] bySexLikelihood = est.proportionIntervals(binaries[0], bySex, CiMethod.LIKELIHOOD, 0.95);
            for (int g = 0; g < bySex.size(); g++) {
                out.put(tag + "|by.sex.likelihood|" + bySex.names()[g] + "|lower", bySexLikelihood[g].lower());
                out.put(tag + "|by.sex.likelihood|" + bySex.names()[g] + "|upper", bySexLikelihood[g].upper());
            }
            CrossTab.RaoScott test = CrossTab.of(design, infl, sex).test();
            out.put(tag + "|chisq|F", test.f());
            out.put(tag + "|chisq|ndf", test.numeratorDf());
            out.put(tag + "|chisq|ddf", test.denominatorDf());
            out.put(tag + "|chisq|p", test.p());
            out.put(tag + "|chisq|X2", test.pearson());
            out.put(tag + "|chisq|X2.p", test.firstOrderP());
        }
    }
}
