// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.importing;

import id.netra.shared.RuleViolationException;

/** The file as a whole cannot be imported (unreadable, a refused spreadsheet, required columns missing): 422. */
class CaseImportFileException extends RuleViolationException {

    CaseImportFileException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
