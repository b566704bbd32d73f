// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/**
 * One hit of a name search: what a person reads ({@code name}), the code behind it, and a short hint that tells two
 * similar names apart (the province of a regency, the region of an agency, the voting day of an election).
 */
public record ReferenceMatch(ReferenceKind kind, String code, String name, String hint) {
}
