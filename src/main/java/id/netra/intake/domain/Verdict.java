// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

import java.util.Arrays;

/**
 * What a named policy decided: allowed, or rejected with a reason that names a message in the intake bundle.
 *
 * @param reasonKey i18n key of the reason, {@code null} when allowed
 * @param args placeholders for the reason
 */
public record Verdict(String reasonKey, Object[] args) {

    private static final Verdict ALLOWED = new Verdict(null, new Object[0]);

    public static Verdict allowed() {
        return ALLOWED;
    }

    public static Verdict rejected(String reasonKey, Object... args) {
        return new Verdict(reasonKey, args.clone());
    }

    public boolean isAllowed() {
        return reasonKey == null;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return isAllowed() ? "allowed" : "rejected(" + reasonKey + Arrays.toString(args) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Verdict that && java.util.Objects.equals(reasonKey, that.reasonKey)
                && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(reasonKey, Arrays.hashCode(args));
    }
}
