// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.survey.instrument;

/**
 * One answer option. {@code publishedCategory} links it to the category of a published figure of the same question.
 */
public record Choice(String code, String label, String labelEn, String publishedCategory) {
}
