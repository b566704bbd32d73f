// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.cases.support;

import id.netra.shared.TimeConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A clock the tests set to a fixed office day (10:00 WIB) and move forward by hand. */
public final class MutableClock extends Clock {

    private volatile Instant now = Instant.parse("2024-10-01T03:00:00Z");

    public void setDay(LocalDate day) {
        now = day.atTime(LocalTime.of(10, 0)).atZone(TimeConfiguration.WIB).toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, TimeConfiguration.WIB);
    }

    @Override
    public ZoneId getZone() {
        return TimeConfiguration.WIB;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
