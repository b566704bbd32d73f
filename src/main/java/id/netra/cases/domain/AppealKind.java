// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

/** PP 79/2021: keberatan (objection) against most decisions, banding administratif to BPASN against dismissal. */
public enum AppealKind { KEBERATAN, BANDING }
