// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.estimation;

import static id.netra.survey.estimation.Golden.close;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Post-stratification and raking against R 4.2.2 / survey 4.1-1 on the golden data (figures from
 * src/test/resources/survey/golden-calibration.R).
 */
class CalibrationGoldenTests {

    private final GoldenData data = GoldenData.load();
    private final SurveyDesign design = data.design();
    private final String[] sex = Arrays.stream(data.male).mapToObj(m -> m == 1 ? "L" : "P").toArray(String[]::new);
    private final Map<String, Double> provinces = Map.of("P1", 5000.0, "P2", 4000.0, "P3", 3000.0);
    private final Map<String, Double> sexes = Map.of("L", 6500.0, "P", 5500.0);

    @Test
    void postStratifiedByProvince() {
        Estimator ps = new Estimator(Calibrations.postStratify(design, data.prov, provinces));
        close(ps.mean(data.kin).estimate(), 0.473148148148148);
        close(ps.mean(data.kin).se(), 0.0877110302308452);
        close(ps.mean(data.career).estimate(), 0.551157407407407);
        close(ps.mean(data.career).se(), 0.0622317587952235);
        close(ps.total(data.kin).estimate(), 5677.77777777778);
        close(ps.total(data.kin).se(), 1052.53236277014);
        Estimate[] bySex = ps.mean(data.kin, Domains.of(sex));
        close(bySex[0].se(), 0.177960535442159);
        close(bySex[1].se(), 0.184832685547540);
    }

    @Test
    void postStratificationCuttingAcrossPsus() {
        Estimator ps = new Estimator(Calibrations.postStratify(design, sex, sexes));
        close(ps.mean(data.kin).estimate(), 0.473601143009038);
        close(ps.mean(data.kin).se(), 0.0850726612923807);
    }

    @Test
    void rakedOnProvinceAndSex() {
        SurveyDesign raked = Calibrations.rake(design, List.of(data.prov, sex), List.of(provinces, sexes),
                Calibrations.DEFAULT_MAX_CYCLES, Calibrations.DEFAULT_EPSILON);
        Estimator rk = new Estimator(raked);
        close(rk.mean(data.kin).estimate(), 0.476298711791950);
        close(rk.mean(data.kin).se(), 0.0971044328161622);
        close(rk.mean(data.career).estimate(), 0.550938957045816);
        close(rk.mean(data.career).se(), 0.0775142627009264);
        Estimate[] byProvince = rk.mean(data.kin, Domains.of(data.prov));
        close(byProvince[0].se(), 0.0839389653665107);
        close(byProvince[1].se(), 0.2236961330890027);
        close(byProvince[2].se(), 0.2459123250684755);
        Interval logit = rk.proportionIntervals(data.kin, Domains.whole(24), CiMethod.LOGIT, 0.95)[0];
        close(logit.lower(), 0.250568155436409);
        close(logit.upper(), 0.712146484407145);
        CrossTab.RaoScott test = CrossTab.of(raked, data.infl, sex).test();
        close(test.f(), 3.3615548861470805);
        close(test.numeratorDf(), 2.3010281583842565);
        close(test.p(), 0.0659219416911255);
    }
}
