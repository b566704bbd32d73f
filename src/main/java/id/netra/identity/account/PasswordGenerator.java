// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

import java.security.SecureRandom;

/**
 * Passwords for an administrator to hand over: 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I),
 * about 94 bits, grouped by dashes so they can be read out over the phone.
 */
final class PasswordGenerator {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
