// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/** The SKB 2022 splits neutrality violations into code-of-ethics and discipline forms. */
public enum ViolationKind { ETHICS, DISCIPLINE }
