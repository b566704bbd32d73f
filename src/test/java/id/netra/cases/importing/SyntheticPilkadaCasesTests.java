// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo's synthetic Pilkada 2020: the same rows every run, with the published shares dealt exactly. */
class SyntheticPilkadaCasesTests {

    static final int SIZE = 3_000;

    @Test
    void theSameSeed_givesTheSameRows() {
        assertThat(SyntheticPilkadaCases.rows(SIZE, SyntheticPilkadaCases.SEED))
                .isEqualTo(SyntheticPilkadaCases.rows(SIZE, SyntheticPilkadaCases.SEED))
                .isNotEqualTo(SyntheticPilkadaCases.rows(SIZE, 1L));
    }

    @Test
    void categoriesPositionsAndFollowUp_followThePublishedShares() {
        List<String[]> rows = SyntheticPilkadaCases.rows(SIZE, SyntheticPilkadaCases.SEED).stream()
                .map(line -> line.split(",", -1)).toList();
        List<String> header = List.of(SyntheticPilkadaCases.HEADER.split(","));
        Map<String, Long> categories = count(rows, header.indexOf("category_code"));
        assertThat(categories).containsEntry("KAMPANYE_MEDSOS", 810L).containsEntry("PENDEKATAN_PARPOL", 630L)
                .containsEntry("ALAT_PERAGA", 390L).containsEntry("DEKLARASI_DIRI", 270L)
                .containsEntry("HADIR_DEKLARASI", 120L);
        Map<String, Long> positions = count(rows, header.indexOf("position_class"));
        assertThat(positions).containsEntry("JPT_PRATAMA", 1080L).containsEntry("FUNGSIONAL", 510L)
                .containsEntry("ADMINISTRATOR", 390L).containsEntry("PELAKSANA", 360L).containsEntry("PENGAWAS", 210L);
        assertThat(count(rows, header.indexOf("area_head"))).containsEntry("true", 210L);
        Map<String, Long> states = count(rows, header.indexOf("state"));
        long recommended = states.get("RECOMMENDED") + states.get("SANCTIONED");
        assertThat(recommended * 1000 / SIZE).isEqualTo(785);
        assertThat(states.get("SANCTIONED") * 1000 / recommended).isBetween(884L, 886L);
        assertThat(rows).allSatisfy(row -> assertThat(row[header.indexOf("person_name")]).startsWith("ASN Sintetis"));
    }

    @Test
    void quotas_sumToTheSize_andStayWithinOneOfTheExactShare() {
        List<String> dealt = Quotas.deal(Map.of("a", 1.0, "b", 1.0, "c", 1.0), 100, new Random(1));
        Map<String, Long> counts = dealt.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(dealt).hasSize(100);
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(33L, 34L));
    }

    private static Map<String, Long> count(List<String[]> rows, int column) {
        return rows.stream().collect(Collectors.groupingBy(row -> row[column], Collectors.counting()));
    }
}
