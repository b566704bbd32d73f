// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.analytics.publik.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents that a handler is open to anonymous callers and counted by the limit {@link PublicRateLimits} declares. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicRateLimited {
}
