// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

import java.util.List;
import java.util.Set;

/**
 * Names for the codes that Netra stores, and codes for the names that people type. Pages call it as
 * {@code @referenceNames} so that a table shows "Kabupaten Pandeglang" and keeps "36.01" for a tooltip.
 */
public interface ReferenceNames {

    /** The region's name, or the code itself when it is unknown; "-" for none. */
    String region(String code);

    String agency(String code);

    String election(String code);

    /**
     * The violation form as the catalogue describes it ("Melakukan sosialisasi ... melalui media sosial"), or the
     * code when it is unknown; "-" for none.
     */
    String violation(String code);

    /** Matches by name, abbreviation or code: prefix matches first, then matches inside the name. */
    List<ReferenceMatch> search(ReferenceKind kind, String text, int limit);

    /**
     * The codes a typed text stands for: a code as it is, an exact name as its code, otherwise every entry whose name
     * contains the text. Empty when nothing matches; the caller says so rather than showing an empty list.
     */
    List<ReferenceMatch> resolve(ReferenceKind kind, String text);

    /** Codes of the agencies whose name, abbreviation or code contains the text, for free-text case searches. */
    Set<String> agencyCodesContaining(String text);
}
