// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.List;

/** Figures published by other bodies (KASN, Bawaslu, BKN), by measure. */
public interface PublishedFigures {

    /** The figures of one measure, in the order they were registered. */
    List<PublishedFigure> ofMeasure(String measureCode);

    List<PublishedFigure> all();
}
