// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics;

/**
 * How far the counted cases went: reported, forwarded by Bawaslu to the examining authority, proven and recommended
 * for a sanction, and decided (sanctioned) by the PPK. Each step counts the cases that reached it or went further.
 */
public record StatsFunnel(long reported, long forwarded, long recommended, long sanctioned) {
}
