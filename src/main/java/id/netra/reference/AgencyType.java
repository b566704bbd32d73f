// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/** Kind of employing agency (instansi); decides who the PPK is (DOMAIN.md §3.3). */
public enum AgencyType { KEMENTERIAN, LPNK, SEKRETARIAT, LEMBAGA_NONSTRUKTURAL, PEMPROV, PEMKAB, PEMKOT }
