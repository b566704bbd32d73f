// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.evidence;

/** The file claims a type by its content but its structure is broken; it cannot be cleaned safely. */
public class CorruptEvidenceException extends RuntimeException {

    public CorruptEvidenceException(String message) {
        super(message);
    }
}
