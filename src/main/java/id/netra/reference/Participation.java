// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.reference;

/** Whether a region takes part in an election; UNKNOWN where the participant list has not been loaded. */
public enum Participation { PARTICIPATES, DOES_NOT_PARTICIPATE, UNKNOWN }
