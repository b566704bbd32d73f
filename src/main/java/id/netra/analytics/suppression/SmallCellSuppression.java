// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small-cell protection for published counts. Every count from 1 to k-1 is hidden (primary suppression); zero is
 * shown. Then, within each margin (a set of cells that adds up to a shown or hidden total), more cells are hidden
 * (secondary suppression) until no hidden small cell can be worked out by subtracting the shown cells from the
 * total. A reader is assumed to know the rule itself: a cell marked "&lt;k" holds 1..k-1, a complementary cell holds
 * k or more. A small cell is exposed when those bounds leave it one possible value; then the smallest shown non-zero
 * cell of that margin is hidden as well (or, if there is none, the margin's total), and all margins are checked
 * again until nothing changes.
 *
 * <p>Each margin is protected on its own; a two-way table is protected row by row and column by column. That is the
 * rule the public portal promises; it is not a full linear-programming audit across margins.
 */
public final class SmallCellSuppression {

    public static final int DEFAULT_THRESHOLD = 5;

    private final int k;

    public SmallCellSuppression(int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("the threshold k must be at least 2, was " + threshold);
        }
        this.k = threshold;
    }

    public int threshold() {
        return k;
    }

    /** A one-way table: cells that add up to {@code total}. Returns the cells' disclosures, then the total's. */
    public List<SuppressedCount> protectOneWay(long[] cells, long total) {
        long[] all = Arrays.copyOf(cells, cells.length + 1);
        all[cells.length] = total;
        int[] members = new int[cells.length];
        Arrays.setAll(members, i -> i);
        return protect(all, List.of(new Margin(members, cells.length)));
    }

    /**
     * A two-way table {@code cells[row][column]} with its row totals, column totals and grand total. Returns an
     * (rows+1) x (columns+1) grid: the last column holds the row totals, the last row the column totals.
     */
    public List<List<SuppressedCount>> protectTwoWay(long[][] cells) {
        int rows = cells.length;
        int cols = rows == 0 ? 0 : cells[0].length;
        int width = cols + 1;
        long[] all = new long[(rows + 1) * width];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                all[r * width + c] = cells[r][c];
                all[r * width + cols] += cells[r][c];
                all[rows * width + c] += cells[r][c];
                all[rows * width + cols] += cells[r][c];
            }
        }
        List<Margin> margins = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            int row = r;
            int[] members = new int[cols];
            Arrays.setAll(members, c -> row * width + c);
            margins.add(new Margin(members, row * width + cols));
        }
        for (int c = 0; c <= cols; c++) {
            int col = c;
            int[] members = new int[rows];
            Arrays.setAll(members, r -> r * width + col);
            margins.add(new Margin(members, rows * width + col));
        }
        List<SuppressedCount> flat = protect(all, margins);
        List<List<SuppressedCount>> grid = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            grid.add(List.copyOf(flat.subList(r * width, (r + 1) * width)));
        }
        return grid;
    }

    private List<SuppressedCount> protect(long[] values, List<Margin> margins) {
        Disclosure[] marks = new Disclosure[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException("a count cannot be negative: " + values[i]);
            }
            marks[i] = values[i] > 0 && values[i] < k ? Disclosure.SMALL : Disclosure.SHOWN;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Margin margin : margins) {
                if (exposed(margin, values, marks)) {
                    hideOneMore(margin, values, marks);
                    changed = true;
                }
            }
        }
        List<SuppressedCount> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            out.add(marks[i] == Disclosure.SHOWN ? SuppressedCount.shown(values[i], k)
                    : SuppressedCount.hidden(marks[i], k));
        }
        return out;
    }

    /** Whether the margin lets a reader pin a hidden small cell (or a hidden total) to one value. */
    boolean exposed(Margin margin, long[] values, Disclosure[] marks) {
        List<Integer> hidden = new ArrayList<>();
        long shownSum = 0;
        for (int i : margin.members()) {
            if (marks[i] == Disclosure.SHOWN) {
                shownSum += values[i];
            } else {
                hidden.add(i);
            }
        }
        boolean totalHidden = marks[margin.total()] != Disclosure.SHOWN;
        if (totalHidden) {
            // one equation, the total and exactly one hidden member unknown: still two unknowns unless no member is
            // hidden, in which case the total is the sum of shown cells
            return hidden.isEmpty() && margin.members().length > 0;
        }
        if (hidden.size() == 1) {
            return true;
        }
        long rest = values[margin.total()] - shownSum; // what the hidden members add up to, known to the reader
        for (int i : hidden) {
            if (marks[i] != Disclosure.SMALL) {
                continue;
            }
            long othersMin = 0;
            boolean othersUnbounded = false;
            long othersMax = 0;
            for (int j : hidden) {
                if (j == i) {
                    continue;
                }
                othersMin += marks[j] == Disclosure.SMALL ? 1 : k;
                if (marks[j] == Disclosure.SMALL) {
                    othersMax += k - 1;
                } else {
                    othersUnbounded = true;
                }
            }
            long high = Math.min(k - 1, rest - othersMin);
            long low = othersUnbounded ? 1 : Math.max(1, rest - othersMax);
            if (low >= high) {
                return true;
            }
        }
        return false;
    }

    private void hideOneMore(Margin margin, long[] values, Disclosure[] marks) {
        int best = -1;
        for (int i : margin.members()) {
            if (marks[i] == Disclosure.SHOWN && values[i] > 0 && (best < 0 || values[i] < values[best])) {
                best = i;
            }
        }
        if (best < 0) {
            best = margin.total();
            if (marks[best] != Disclosure.SHOWN) {
                throw new IllegalStateException("nothing left to hide in a margin that is still exposed");
            }
        }
        marks[best] = values[best] > 0 && values[best] < k ? Disclosure.SMALL : Disclosure.COMPLEMENT;
    }

    /** Cells (indices) that add up to the cell at {@code total}. */
    record Margin(int[] members, int total) {
    }
}
