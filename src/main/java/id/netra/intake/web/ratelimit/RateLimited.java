// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a controller method whose every call takes one token from the caller's bucket for {@link #value()}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    Limit value();
}
