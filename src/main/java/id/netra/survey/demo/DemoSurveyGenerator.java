// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.demo;

import id.netra.survey.instrument.Choice;
import id.netra.survey.instrument.Instrument;
import id.netra.survey.instrument.Question;
import id.netra.survey.instrument.QuestionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic survey shaped like KASN's 2021 neutrality survey: about 10,000 civil servants in 270 regions, provinces
 * as strata, regions as clusters, weights = the region's (invented) civil-servant count over its respondents, and
 * answers drawn around the published shares with a region effect, so the design effect is well above 1. Same seed,
 * same data.
 */
public final class DemoSurveyGenerator {

    public static final String TITLE = "[DATA SINTETIS] Survei netralitas ASN pada Pilkada Serentak 2020";
    static final long SEED = 20_211_216L;

    private static final String[] CAUSES = {"kinship", "career", "shared-background", "debt-of-gratitude",
        "candidate-pressure"};
    private static final double[] CAUSE_SHARES = {0.5076, 0.4972, 0.1684, 0.0950, 0.0748};
    private static final String[] INFLUENCERS = {"campaign-team", "superior", "candidate-pair", "party", "other"};
    private static final double[] INFLUENCER_SHARES = {0.32, 0.28, 0.24, 0.05, 0.11};

    private DemoSurveyGenerator() {
    }

    public static Instrument instrument() {
        return new Instrument(TITLE, "Data sintetis yang dibuat oleh kode untuk demonstrasi; bukan data KASN. "
                + "Bentuknya meniru survei KASN 2021: 270 daerah, strata provinsi, klaster daerah.", List.of(
                new Question("penyebab", QuestionKind.MULTI,
                        "Menurut Anda, apa penyebab ASN tidak netral dalam pilkada? (boleh lebih dari satu)",
                        "In your view, why are civil servants not neutral in regional elections? (several allowed)",
                        "asn-non-neutrality-cause", List.of(
                                new Choice("kinship", "Ikatan persaudaraan", "Kinship ties", "kinship"),
                                new Choice("career", "Kepentingan karier", "Career interest", "career"),
                                new Choice("shared-background", "Kesamaan latar belakang", "Shared background",
                                        "shared-background"),
                                new Choice("debt-of-gratitude", "Utang budi", "Debt of gratitude",
                                        "debt-of-gratitude"),
                                new Choice("candidate-pressure", "Tekanan pasangan calon",
                                        "Pressure from the candidates", "candidate-pressure"))),
                new Question("pemengaruh", QuestionKind.SINGLE,
                        "Siapa yang paling memengaruhi ASN untuk tidak netral?",
                        "Who most influences civil servants not to be neutral?", "asn-non-neutrality-influencer",
                        List.of(new Choice("campaign-team", "Tim sukses", "Campaign team", "campaign-team"),
                                new Choice("superior", "Atasan ASN", "The civil servant's superior", "superior"),
                                new Choice("candidate-pair", "Pasangan calon", "Candidate pair", "candidate-pair"),
                                new Choice("party", "Partai politik pengusung", "Supporting party", "party"),
                                new Choice("other", "Pihak lainnya", "Others", "other"))),
                new Question("paham_larangan", QuestionKind.LIKERT,
                        "ASN di instansi saya memahami larangan berpolitik praktis",
                        "Civil servants in my agency understand the ban on partisan politics", null, List.of(
                        new Choice("sts", "Sangat tidak setuju", "Strongly disagree", null),
                        new Choice("ts", "Tidak setuju", "Disagree", null),
                        new Choice("n", "Ragu-ragu", "Neither agree nor disagree", null),
                        new Choice("s", "Setuju", "Agree", null),
                        new Choice("ss", "Sangat setuju", "Strongly agree", null))),
                new Question("jenis_kelamin", QuestionKind.SINGLE, "Jenis kelamin", "Sex", null, List.of(
                        new Choice("L", "Laki-laki", "Male", null), new Choice("P", "Perempuan", "Female", null)))));
    }

    /**
     * @param regions regency/city codes to sample from (code "pp.rr": the province is the part before the dot)
     */
    private static final String[] SCALE = {"sts", "ts", "n", "s", "ss"};

    /** A latent attitude cut into five ordered answers (leaning towards agreement). */
    private static int scalePoint(double latent) {
        double[] cuts = {-2.0, -1.1, -0.4, 0.9};
        int point = 0;
        while (point < cuts.length && latent > cuts[point]) {
            point++;
        }
        return point;
    }

    public static List<Map<String, Object>> respondents(List<String> regions) {
        SplittableRandom random = new SplittableRandom(SEED);
        // the rating-scale item draws from its own stream, so the other answers stay those of earlier versions
        SplittableRandom scale = new SplittableRandom(SEED + 1);
        List<String> pool = new ArrayList<>(regions);
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(270, regions.size())) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String region : chosen) {
            int n = 22 + random.nextInt(31);
            double population = 1500 + random.nextInt(12_000);
            double weight = Math.round(population / n * 100) / 100.0;
            double effect = random.nextGaussian();
            double scaleEffect = 0.4 * scale.nextGaussian();
            for (int i = 0; i < n; i++) {
                Map<String, Object> answers = new LinkedHashMap<>();
                answers.put("provinsi", region.substring(0, region.indexOf('.')));
                answers.put("daerah", region);
                answers.put("bobot", weight);
                answers.put("jenis_kelamin", random.nextDouble() < 0.52 ? "L" : "P");
                if (random.nextDouble() < 0.97) {
                    List<String> causes = new ArrayList<>();
                    for (int k = 0; k < CAUSES.length; k++) {
                        double p = CAUSE_SHARES[k] * Math.exp(0.35 * effect * (k % 2 == 0 ? 1 : -1));
                        if (random.nextDouble() < Math.min(0.95, p)) {
                            causes.add(CAUSES[k]);
                        }
                    }
                    answers.put("penyebab", causes);
                }
                if (random.nextDouble() < 0.98) {
                    double u = random.nextDouble();
                    double shift = 0.06 * effect;
                    double cumulative = 0;
                    String pick = INFLUENCERS[INFLUENCERS.length - 1];
                    for (int k = 0; k < INFLUENCERS.length; k++) {
                        cumulative += INFLUENCER_SHARES[k] + (k == 0 ? shift : k == 1 ? -shift : 0);
                        if (u < cumulative) {
                            pick = INFLUENCERS[k];
                            break;
                        }
                    }
                    answers.put("pemengaruh", pick);
                }
                if (scale.nextDouble() < 0.95) {
                    answers.put("paham_larangan", SCALE[scalePoint(scale.nextGaussian() + scaleEffect)]);
                }
                rows.add(answers);
            }
        }
        return rows;
    }
}
