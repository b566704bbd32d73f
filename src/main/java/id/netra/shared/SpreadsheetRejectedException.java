// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared;

/** A spreadsheet archive is refused before any parser sees it (too big once unpacked, or compressed like a bomb). */
public class SpreadsheetRejectedException extends RuleViolationException {

    public SpreadsheetRejectedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
