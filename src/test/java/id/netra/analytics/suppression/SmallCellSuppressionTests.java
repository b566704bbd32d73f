// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTests {

    private final SmallCellSuppression k5 = new SmallCellSuppression(5);

    @Test
    void countsOfOneToFourAreShownAsLessThanFiveAndZeroIsShown() {
        List<SuppressedCount> out = k5.protectOneWay(new long[] {0, 3, 4, 20, 30}, 57);

        assertThat(out.get(0).text()).isEqualTo("0");
        assertThat(out.get(1).text()).isEqualTo("<5");
        assertThat(out.get(2).text()).isEqualTo("<5");
        assertThat(out.get(1).value()).isNull();
        assertThat(out.get(3).text()).isEqualTo("20");
        assertThat(out.get(5).text()).isEqualTo("57");
    }

    @Test
    void aSingleSmallCellIsProtectedByHidingTheSmallestOtherCellOfItsMargin() {
        // without the second hidden cell, 3 = 83 - 0 - 20 - 60
        List<SuppressedCount> out = k5.protectOneWay(new long[] {0, 3, 20, 60}, 83);

        assertThat(out).extracting(SuppressedCount::disclosure).containsExactly(Disclosure.SHOWN, Disclosure.SMALL,
                Disclosure.COMPLEMENT, Disclosure.SHOWN, Disclosure.SHOWN);
        assertThat(out.get(2).text()).isEqualTo("×");
        assertThat(out.get(4).value()).isEqualTo(83);
    }

    @Test
    void twoOnesThatMustBothBeOneAreProtectedByAThirdHiddenCell() {
        // hidden cells adding up to 2 can only be 1 and 1
        List<SuppressedCount> out = k5.protectOneWay(new long[] {1, 1, 50}, 52);

        assertThat(out).extracting(SuppressedCount::disclosure)
                .containsExactly(Disclosure.SMALL, Disclosure.SMALL, Disclosure.COMPLEMENT, Disclosure.SHOWN);
    }

    @Test
    void twoSmallCellsWithRoomBetweenThemNeedNoComplement() {
        List<SuppressedCount> out = k5.protectOneWay(new long[] {2, 3, 50}, 55);

        assertThat(out).extracting(SuppressedCount::disclosure)
                .containsExactly(Disclosure.SMALL, Disclosure.SMALL, Disclosure.SHOWN, Disclosure.SHOWN);
    }

    @Test
    void aSmallTotalIsHiddenToo() {
        List<SuppressedCount> out = k5.protectOneWay(new long[] {2, 1, 0}, 3);

        assertThat(out).extracting(SuppressedCount::text).containsExactly("<5", "<5", "0", "<5");
    }

    @Test
    void theThresholdIsConfigurable() {
        SmallCellSuppression k3 = new SmallCellSuppression(3);

        assertThat(k3.protectOneWay(new long[] {3, 4, 10}, 17)).extracting(SuppressedCount::text)
                .containsExactly("3", "4", "10", "17");
        assertThat(k3.protectOneWay(new long[] {2, 4, 10}, 16)).extracting(SuppressedCount::text)
                .containsExactly("<3", "×", "10", "16");
        assertThatThrownBy(() -> new SmallCellSuppression(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noSmallCellOfARandomOneWayTableCanBePinnedByAReaderWhoKnowsTheRule() {
        Random random = new Random(20261207);
        for (int round = 0; round < 400; round++) {
            long[] cells = new long[2 + random.nextInt(5)];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(25);
            }
            long total = java.util.Arrays.stream(cells).sum();
            List<SuppressedCount> out = k5.protectOneWay(cells, total);
            assertNoSmallCellPinned(out, total);
        }
    }

    @Test
    void everyRowAndColumnOfATwoWayTableHasNoLoneHiddenCell() {
        long[][] table = {
            {12, 3, 40},
            {25, 30, 18},
            {7, 0, 2},
        };
        List<List<SuppressedCount>> out = k5.protectTwoWay(table);

        assertThat(out.get(0).get(1).disclosure()).isEqualTo(Disclosure.SMALL);
        assertThat(out.get(2).get(2).disclosure()).isEqualTo(Disclosure.SMALL);
        assertThat(out.get(3).get(3).value()).isEqualTo(137);
        for (int r = 0; r < out.size(); r++) {
            assertThat(hiddenIn(out.get(r))).as("row %d", r).isNotEqualTo(1);
        }
        for (int c = 0; c < out.get(0).size(); c++) {
            List<SuppressedCount> column = new ArrayList<>();
            for (List<SuppressedCount> row : out) {
                column.add(row.get(c));
            }
            assertThat(hiddenIn(column)).as("column %d", c).isNotEqualTo(1);
        }
    }

    private static long hiddenIn(List<SuppressedCount> line) {
        return line.stream().filter(cell -> !cell.isShown()).count();
    }

    /** Enumerates every filling of the hidden cells the rule allows; each small cell must keep two or more values. */
    private static void assertNoSmallCellPinned(List<SuppressedCount> out, long total) {
        SuppressedCount totalCell = out.get(out.size() - 1);
        if (!totalCell.isShown()) {
            return;
        }
        List<SuppressedCount> cells = out.subList(0, out.size() - 1);
        long rest = total - cells.stream().filter(SuppressedCount::isShown).mapToLong(SuppressedCount::value).sum();
        List<Integer> hidden = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isShown()) {
                hidden.add(i);
            }
        }
        List<Set<Long>> possible = new ArrayList<>();
        hidden.forEach(i -> possible.add(new HashSet<>()));
        fill(cells, hidden, 0, rest, new long[hidden.size()], possible);
        for (int h = 0; h < hidden.size(); h++) {
            if (cells.get(hidden.get(h)).disclosure() == Disclosure.SMALL) {
                assertThat(possible.get(h)).as("values a reader can give a small cell in %s", out)
                        .hasSizeGreaterThan(1);
            }
        }
    }

    private static void fill(List<SuppressedCount> cells, List<Integer> hidden, int at, long rest, long[] chosen,
            List<Set<Long>> possible) {
        if (at == hidden.size()) {
            if (rest == 0) {
                for (int h = 0; h < chosen.length; h++) {
                    possible.get(h).add(chosen[h]);
                }
            }
            return;
        }
        boolean small = cells.get(hidden.get(at)).disclosure() == Disclosure.SMALL;
        long from = small ? 1 : 5;
        long to = small ? 4 : rest;
        for (long v = from; v <= Math.min(to, rest); v++) {
            chosen[at] = v;
            fill(cells, hidden, at + 1, rest - v, chosen, possible);
        }
    }
}
