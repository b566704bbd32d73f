// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

/** Why the reported civil servant is no longer in service (Kemendagri/BKN 2024 bucket "already dismissed/retired/resigned"). */
public enum LeftServiceKind { RETIRED, RESIGNED, DISMISSED }
