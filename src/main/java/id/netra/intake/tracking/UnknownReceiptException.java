// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.tracking;

/** No report answers to this receipt (404). Deliberately says nothing more. */
public class UnknownReceiptException extends RuntimeException {

    public UnknownReceiptException() {
        super("Unknown receipt");
    }
}
