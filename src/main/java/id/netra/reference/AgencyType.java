// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/** Kind of employing agency (instansi); decides who the PPK is (UU 20/2023 Pasal 1 and 3). */
public enum AgencyType { KEMENTERIAN, LPNK, SEKRETARIAT, LEMBAGA_NONSTRUKTURAL, PEMPROV, PEMKAB, PEMKOT }
