// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.receipt;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The reporter's 16-digit key to their report, GlobaLeaks style: digits only, so it can pass for a phone number on a
 * scrap of paper. It is shown once and never stored; {@link #toString()} hides it so it cannot reach a log by accident.
 */
public final class Receipt {

    public static final int DIGITS = 16;
    private static final long BOUND = 10_000_000_000_000_000L;

    private final String digits;

    private Receipt(String digits) {
        this.digits = digits;
    }

    public static Receipt random(SecureRandom random) {
        return new Receipt(String.format("%016d", random.nextLong(BOUND)));
    }

    /** Accepts what a person types back: spaces and dashes between the digit groups are ignored. */
    public static Optional<Receipt> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s\\-]", "");
        return digits.matches("[0-9]{16}") ? Optional.of(new Receipt(digits)) : Optional.empty();
    }

    /** The 16 digits, for showing once to the reporter and for hashing. */
    public String digits() {
        return digits;
    }

    /** Four groups of four, easier to copy by hand. */
    public String grouped() {
        return digits.substring(0, 4) + " " + digits.substring(4, 8) + " " + digits.substring(8, 12) + " "
                + digits.substring(12);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Receipt that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "Receipt[hidden]";
    }
}
