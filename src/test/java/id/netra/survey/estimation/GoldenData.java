// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 24-respondent golden dataset (3 provinces as strata, 8 regions as PSUs) whose R {@code survey} outputs the
 * golden tests reproduce.
 */
final class GoldenData {

    final String[] prov;
    final String[] region;
    final double[] w;
    final double[] male;
    final double[] kin;
    final double[] career;
    final double[] pressure;
    final String[] infl;

    private GoldenData(List<String[]> rows) {
        int n = rows.size();
        prov = new String[n];
        region = new String[n];
        w = new double[n];
        male = new double[n];
        kin = new double[n];
        career = new double[n];
        pressure = new double[n];
        infl = new String[n];
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            prov[i] = r[1];
            region[i] = r[2];
            w[i] = Double.parseDouble(r[3]);
            male[i] = Double.parseDouble(r[4]);
            kin[i] = Double.parseDouble(r[5]);
            career[i] = Double.parseDouble(r[6]);
            pressure[i] = Double.parseDouble(r[7]);
            infl[i] = r[8];
        }
    }

    static GoldenData load() {
        try (var in = GoldenData.class.getResourceAsStream("/survey/asn.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].trim().split(","));
                }
            }
            return new GoldenData(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same data without the rows of region R32, which leaves province P3 with a single PSU. */
    GoldenData withoutRegion(String dropped) {
        GoldenData all = this;
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < all.w.length; i++) {
            if (!all.region[i].equals(dropped)) {
                rows.add(new String[] {"", all.prov[i], all.region[i], Double.toString(all.w[i]),
                        Double.toString(all.male[i]), Double.toString(all.kin[i]), Double.toString(all.career[i]),
                        Double.toString(all.pressure[i]), all.infl[i]});
            }
        }
        return new GoldenData(rows);
    }

    SurveyDesign.Builder designBuilder() {
        return SurveyDesign.builder(w.length).weights(w).strata(prov).clusters(region).nest(true);
    }

    SurveyDesign design() {
        return designBuilder().build();
    }

    double[] mentions() {
        double[] m = new double[w.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = kin[i] + career[i] + pressure[i];
        }
        return m;
    }

    String[] maleLabels() {
        return Arrays.stream(male).mapToObj(v -> Integer.toString((int) v)).toArray(String[]::new);
    }
}
