// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * What a letter says, independent of how it is typeset.
 *
 * @param facts label/value rows printed as a table (case number, person, violation, deadline, ...)
 * @param synthetic demo data: the letter says so in its header
 */
record LetterContent(String officeName, String officeAddress, String number, LocalDate issuedOn, String subject,
        List<String> recipient, List<String> paragraphs, List<String[]> facts, List<String> copies, String signatory,
        String signatoryName, String signatoryNip, boolean synthetic) {
}
