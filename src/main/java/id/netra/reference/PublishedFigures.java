// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.List;
import java.util.Optional;

/**
 * Figures published by other bodies (KASN, BKN, Bawaslu, Kemendagri, KemenPANRB), by measure. The readers return only
 * figures in force; retired ones stay for the record ({@link #entries()}). Writes are validated here and throw
 * {@code PolicyRejectedException} with every reason; the caller audits them in the same transaction.
 */
public interface PublishedFigures {

    /** The figures of one measure in force, in the order they were registered. */
    List<PublishedFigure> ofMeasure(String measureCode);

    List<PublishedFigure> all();

    /** The figures in force about one election. */
    List<PublishedFigure> ofElection(String electionCode);

    /** Every figure, retired ones included, with version and retirement, newest change first. */
    List<PublishedFigureEntry> entries();

    Optional<PublishedFigureEntry> entry(long id);

    /** The earlier versions of one figure, oldest first. */
    List<PublishedFigureRevision> revisions(long id);

    /** Registers a new figure; returns its id. */
    long add(PublishedFigureDraft draft, String actor);

    /** Replaces the content of a figure in force, keeping the previous content as a revision; returns its version. */
    int correct(long id, PublishedFigureDraft draft, String reason, String actor);

    /** Marks a figure as no longer in force, keeping it and its history. */
    void retire(long id, String reason, String actor);
}
