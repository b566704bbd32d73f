// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/** PNS, CPNS (candidate, PP 94/2021 applies mutatis mutandis) and PPPK (contract). */
public enum EmploymentType { PNS, CPNS, PPPK }
