// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import static id.netra.survey.estimation.Golden.close;
import static id.netra.survey.estimation.Golden.printed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Means, totals, factors, domains, ratios, fpc and lonely PSUs against R 4.2.2 / survey 4.1-1. */
class TaylorLinearisationGoldenTests {

    private final GoldenData data = GoldenData.load();
    private final SurveyDesign design = data.design();
    private final Estimator estimator = new Estimator(design);

    @Test
    void designHasEightPsusInThreeStrataAndFiveDegreesOfFreedom() {
        assertThat(design.rows()).isEqualTo(24);
        assertThat(design.psus()).isEqualTo(8);
        assertThat(design.strata()).isEqualTo(3);
        assertThat(design.degreesOfFreedom()).isEqualTo(5);
    }

    @Test
    void multiSelectProportionsOfRespondentsWithBothDesignEffects() {
        Estimate kin = estimator.mean(data.kin);
        close(kin.estimate(), 0.4715447154);
        close(kin.se(), 0.1000375026);
        close(kin.deff(), 0.9327821229);
        close(kin.deffReplace(), 0.9236818095);
        assertThat(kin.weightSum()).isEqualTo(2460.0);

        Estimate career = estimator.mean(data.career);
        close(career.estimate(), 0.5406504065);
        close(career.se(), 0.081305636);
        close(career.deff(), 0.6182542215);
        close(career.deffReplace(), 0.6122224730);

        Estimate pressure = estimator.mean(data.pressure);
        close(pressure.estimate(), 0.3089430894);
        close(pressure.se(), 0.034248735);
        close(pressure.deff(), 0.1276093295);
        close(pressure.deffReplace(), 0.1263643604);
    }

    @Test
    void totalsWithTheirStandardErrors() {
        Estimate kin = estimator.total(data.kin);
        close(kin.estimate(), 1160);
        printed(kin.se(), 398.74804, 5);
        close(kin.se(), 398.748040747538);
        Estimate career = estimator.total(data.career);
        close(career.estimate(), 1330);
        printed(career.se(), 317.96226, 5);
        close(career.se(), 317.962261911693);
        Estimate pressure = estimator.total(data.pressure);
        close(pressure.estimate(), 760);
        printed(pressure.se(), 200.49938, 5);
        close(pressure.se(), 200.499376557634);
    }

    @Test
    void singleChoiceExpandsToOneProportionAndTotalPerLevel() {
        String[] levels = Estimator.levels(data.infl);
        assertThat(levels).containsExactly("atasan", "keluarga", "kolega", "tidak_ada");
        double[][] expected = {
            {0.31300813, 0.08561, 770, 278.02878},
            {0.11382114, 0.06919, 280, 163.09506},
            {0.15853659, 0.08877, 390, 253.17978},
            {0.41463415, 0.04740, 1020, 214.00935}};
        // the same figures at full precision (golden.R with options(digits=15))
        double[][] full = {
            {0.313008130081301, 0.0856086234985999, 278.028775489157},
            {0.113821138211382, 0.0691905219407028, 163.095064303001},
            {0.158536585365854, 0.0887749628243302, 253.179778023443},
            {0.414634146341463, 0.0473957437667492, 214.009345590327}};
        for (int l = 0; l < levels.length; l++) {
            double[] y = Estimator.indicator(data.infl, levels[l]);
            Estimate mean = estimator.mean(y);
            Estimate total = estimator.total(y);
            printed(mean.estimate(), expected[l][0], 8);
            printed(mean.se(), expected[l][1], 5);
            close(total.estimate(), expected[l][2]);
            printed(total.se(), expected[l][3], 5);
            close(mean.estimate(), full[l][0]);
            close(mean.se(), full[l][1]);
            close(total.se(), full[l][2]);
        }
    }

    @Test
    void domainsBySexKeepTheWholeDesign() {
        Domains bySex = Domains.of(data.maleLabels());
        Estimate[] kin = estimator.mean(data.kin, bySex);
        Estimate[] career = estimator.mean(data.career, bySex);
        close(kin[0].estimate(), 0.2543859649);
        close(kin[0].se(), 0.1758294758);
        close(career[0].estimate(), 0.5438596491);
        close(career[0].se(), 0.1398452565);
        close(kin[1].estimate(), 0.6590909091);
        close(kin[1].se(), 0.1872223993);
        close(career[1].estimate(), 0.5378787879);
        close(career[1].se(), 0.1436718189);
    }

    @Test
    void severalVariablesInOnePassEqualOneAtATime() {
        double[] pressureWithGaps = data.pressure.clone();
        pressureWithGaps[3] = Double.NaN;
        pressureWithGaps[17] = Double.NaN;
        double[][] ys = {data.kin, data.career, pressureWithGaps};
        Domains bySex = Domains.of(data.maleLabels());
        Estimator fast = new Estimator(design, false);
        Estimate[][] together = fast.means(ys, bySex);
        close(together[0][0].se(), 0.1758294758);
        close(together[1][1].se(), 0.1436718189);
        for (int j = 0; j < ys.length; j++) {
            Estimate[] alone = fast.mean(ys[j], bySex);
            for (int g = 0; g < 2; g++) {
                close(together[j][g].estimate(), alone[g].estimate());
                close(together[j][g].se(), alone[g].se());
                assertThat(together[j][g].respondents()).isEqualTo(alone[g].respondents());
            }
        }
        assertThat(together[2][0].respondents() + together[2][1].respondents()).isEqualTo(22);
    }

    @Test
    void singleChoiceByProvince() {
        Domains byProvince = Domains.of(data.prov);
        double[][][] expected = {
            {{0.3555555556, 0.21059977059}, {0.08888888889, 0.09791236529}, {0.16666666667, 0.16777409856},
                {0.3888888889, 0.05592469952}},
            {{0.2708333333, 0.07976788225}, {0.09375, 0.11965182338}, {0.20833333333, 0.1171875},
                {0.4270833333, 0.09196294818}},
            {{0.3166666667, 0.09777777778}, {0.18333333333, 0.09777777778}, {0.06666666667, 0.09777777778},
                {0.4333333333, 0.09777777778}}};
        String[] levels = Estimator.levels(data.infl);
        for (int l = 0; l < levels.length; l++) {
            Estimate[] byProv = estimator.mean(Estimator.indicator(data.infl, levels[l]), byProvince);
            for (int p = 0; p < 3; p++) {
                close(byProv[p].estimate(), expected[p][l][0]);
                close(byProv[p].se(), expected[p][l][1]);
            }
        }
    }

    @Test
    void percentOfResponsesIsARatioToTheNumberOfMentions() {
        Estimate share = estimator.ratio(data.kin, data.mentions());
        close(share.estimate(), 0.3569230769);
        close(share.se(), 0.06270643284);
        Estimate mentions = estimator.mean(data.mentions());
        close(mentions.estimate(), 1.3211382);
        printed(mentions.se(), 0.07589, 5);
        close(mentions.se(), 0.0758936693175302);
    }

    @Test
    void finitePopulationCorrectionFromPsusInThePopulation() {
        double[] nclus = new double[data.prov.length];
        for (int i = 0; i < nclus.length; i++) {
            nclus[i] = switch (data.prov[i]) {
                case "P1" -> 10;
                case "P2" -> 8;
                default -> 5;
            };
        }
        Estimate kin = new Estimator(data.designBuilder().fpc(nclus).build()).mean(data.kin);
        close(kin.estimate(), 0.4715447154);
        close(kin.se(), 0.0791959371);
    }

    @Test
    void jackknifeReplicatesJKn() {
        close(Math.sqrt(Jackknife.meanVariance(design, data.kin)), 0.1063561194);
        close(Math.sqrt(Jackknife.meanVariance(design, data.kin)), 0.106356119432423);
    }

    @Test
    void lonelyPsuPolicies() {
        GoldenData lonely = data.withoutRegion("R32");
        SurveyDesign base = lonely.design();
        assertThatThrownBy(() -> new Estimator(base).mean(lonely.kin))
                .isInstanceOf(DesignException.class).hasMessageContaining("P3");
        Estimate removed = new Estimator(base.withLonelyPsu(LonelyPsu.REMOVE)).mean(lonely.kin);
        close(removed.estimate(), 0.5198019802);
        close(removed.se(), 0.0898696662);
        close(new Estimator(base.withLonelyPsu(LonelyPsu.CERTAINTY)).mean(lonely.kin).se(), 0.0898696662);
        close(new Estimator(base.withLonelyPsu(LonelyPsu.ADJUST)).mean(lonely.kin).se(), 0.0917006961);
        close(new Estimator(base.withLonelyPsu(LonelyPsu.AVERAGE)).mean(lonely.kin).se(), 0.1100674128);
    }

    @Test
    void aDomainIsNotASubsetDesign() {
        Domains kolega = Domains.of(java.util.Arrays.stream(data.infl)
                .map(v -> v.equals("kolega") ? "kolega" : "lain").toArray(String[]::new));
        Estimate career = estimator.mean(data.career, kolega)[0];
        close(career.estimate(), 0.5128205128);
        close(career.se(), 0.3226257501);
    }
}
