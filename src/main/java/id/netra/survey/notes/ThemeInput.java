// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.notes;

/** A theme as the analyst adds or renames it. */
public record ThemeInput(String label, String labelEn) {
}
