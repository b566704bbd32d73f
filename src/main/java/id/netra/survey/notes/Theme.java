// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.notes;

/** A theme of the focus-group codebook; a retired theme stays on the notes already coded with it. */
public record Theme(long id, String label, String labelEn, boolean retired) {

    public String label(boolean english) {
        return english && labelEn != null && !labelEn.isBlank() ? labelEn : label;
    }
}
