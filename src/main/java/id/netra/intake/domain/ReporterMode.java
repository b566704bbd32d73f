// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.domain;

/**
 * How much of the reporter's identity Netra keeps. {@link #ANONYMOUS}: nothing. {@link #CONFIDENTIAL}: kept sealed,
 * opened only by identity custodians. {@link #OPEN}: kept sealed as well, but the reporter agreed to be named to every
 * handler of the report. Every opening is audited in both cases.
 */
public enum ReporterMode {
    ANONYMOUS, CONFIDENTIAL, OPEN;

    public boolean keepsIdentity() {
        return this != ANONYMOUS;
    }
}
