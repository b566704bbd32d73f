// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.identity.account;

/** A policy's answer: allowed, or refused with the message key of the reason. */
public record Verdict(boolean allowed, String reasonKey) {

    private static final Verdict ALLOW = new Verdict(true, null);

    public static Verdict allow() {
        return ALLOW;
    }

    public static Verdict reject(String reasonKey) {
        return new Verdict(false, reasonKey);
    }
}
