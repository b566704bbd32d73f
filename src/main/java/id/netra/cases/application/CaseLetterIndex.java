// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.application;

import java.util.List;

/** The letters generated for a case, for its details; implemented by the letters sub-package. */
public interface CaseLetterIndex {

    List<CaseDetails.Letter> lettersOf(long caseId);
}
