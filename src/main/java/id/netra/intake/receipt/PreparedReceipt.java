// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.receipt;

/**
 * A fresh receipt with its lookup tag and slow hash already computed, ready to be stored with its report.
 */
public record PreparedReceipt(Receipt receipt, String tag, String tagKeyId, String hash) {

    @Override
    public String toString() {
        return "PreparedReceipt[hidden]";
    }
}
