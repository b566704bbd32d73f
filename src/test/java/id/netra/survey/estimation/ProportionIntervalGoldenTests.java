// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import static id.netra.survey.estimation.Golden.close;

import org.junit.jupiter.api.Test;

/** Wald intervals and svyciprop's methods against R 4.2.2 / survey 4.1-1. */
class ProportionIntervalGoldenTests {

    private final GoldenData data = GoldenData.load();
    private final Estimator estimator = new Estimator(data.design());
    private final Domains whole = Domains.whole(24);

    private Interval ci(CiMethod method) {
        return estimator.proportionIntervals(data.kin, whole, method, 0.95)[0];
    }

    @Test
    void waldWithZAndWithTOnFiveDegreesOfFreedom() {
        double[][] expected = {
            {0.2754748133, 0.6676146176, 0.2143901284, 0.7286993025},
            {0.3812942884, 0.7000065246, 0.3316476158, 0.7496531972},
            {0.2418168026, 0.3760693763, 0.2209039137, 0.3969822652}};
        double[][] columns = {data.kin, data.career, data.pressure};
        for (int v = 0; v < 3; v++) {
            Estimate e = estimator.mean(columns[v]);
            Interval z = Intervals.wald(e, 0.95, Double.POSITIVE_INFINITY);
            Interval t = Intervals.wald(e, 0.95, 5);
            close(z.lower(), expected[v][0]);
            close(z.upper(), expected[v][1]);
            close(t.lower(), expected[v][2]);
            close(t.upper(), expected[v][3]);
        }
    }

    @Test
    void tIntervalOfATotal() {
        Interval t = Intervals.wald(estimator.total(data.kin), 0.95, 5);
        close(t.lower(), 134.9855295);
        close(t.upper(), 2185.014471);
    }

    @Test
    void logitFromTheQuasiBinomialFit() {
        close(ci(CiMethod.LOGIT).lower(), 0.2412378583);
        close(ci(CiMethod.LOGIT).upper(), 0.7146377646);
    }

    @Test
    void xlogit() {
        close(ci(CiMethod.XLOGIT).lower(), 0.2412378581);
        close(ci(CiMethod.XLOGIT).upper(), 0.7146377645);
    }

    @Test
    void arcsine() {
        close(ci(CiMethod.ASIN).lower(), 0.2293067075);
        close(ci(CiMethod.ASIN).upper(), 0.7211684775);
    }

    @Test
    void kornGraubardBetaOnTheEffectiveSampleSize() {
        Golden.printed(Intervals.effectiveSampleSize(estimator.mean(data.kin)), 24.90035, 5);
        close(Intervals.effectiveSampleSize(estimator.mean(data.kin)), 24.900349627071);
        close(ci(CiMethod.BETA).lower(), 0.2246840759);
        close(ci(CiMethod.BETA).upper(), 0.7291333767);
    }

    @Test
    void meanIsWaldOnTheProportionWithT() {
        close(ci(CiMethod.MEAN).lower(), 0.2143901284);
        close(ci(CiMethod.MEAN).upper(), 0.7286993025);
    }

    /** R: confint(svyciprop(~v, des, method="likelihood")), printed with 17 digits. */
    @Test
    void profileLikelihoodScaledByTheDesign() {
        close(ci(CiMethod.LIKELIHOOD).lower(), 0.23084088052880883);
        close(ci(CiMethod.LIKELIHOOD).upper(), 0.72193173288995738);
        Interval career = estimator.proportionIntervals(data.career, whole, CiMethod.LIKELIHOOD, 0.95)[0];
        close(career.lower(), 0.33184230808024634);
        close(career.upper(), 0.74003983011579288);
        Interval pressure = estimator.proportionIntervals(data.pressure, whole, CiMethod.LIKELIHOOD, 0.95)[0];
        close(pressure.lower(), 0.22455915779676736);
        close(pressure.upper(), 0.40286379046087012);
    }

    @Test
    void profileLikelihoodAtNinetyPercent() {
        Interval ci = estimator.proportionIntervals(data.kin, whole, CiMethod.LIKELIHOOD, 0.90)[0];
        close(ci.lower(), 0.27713121185339562);
        close(ci.upper(), 0.67208577058830454);
    }

    /** R: svyby(~c_kin, ~male, des, svyciprop, method="likelihood", vartype="ci"). */
    @Test
    void profileLikelihoodWithinDomains() {
        Interval[] bySex = estimator.proportionIntervals(data.kin, Domains.of(data.maleLabels()), CiMethod.LIKELIHOOD,
                0.95);
        close(bySex[0].lower(), 0.01101421104141749);
        close(bySex[0].upper(), 0.76756303575768259);
        close(bySex[1].lower(), 0.17798932947959972);
        close(bySex[1].upper(), 0.96890424549846865);
    }
}
