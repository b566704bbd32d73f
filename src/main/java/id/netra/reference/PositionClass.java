// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/** Position classes of UU 20/2023 Pasal 13-18. */
public enum PositionClass {
    JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA
}
