// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.domain;

/** Statutory clocks count either working days (office days in the calendar) or plain calendar days. */
public enum DeadlineUnit { WORKING_DAYS, CALENDAR_DAYS }
