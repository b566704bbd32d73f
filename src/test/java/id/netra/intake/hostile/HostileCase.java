// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.hostile;

import id.netra.intake.support.PublicApi;
import java.util.function.Function;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * One hostile request.
 *
 * @param mustBeRefused {@code true}: the answer must be 4xx and nothing may be stored; {@code false}: any answer
 *     but a 5xx (the input may be a legitimate, if odd, report)
 */
record HostileCase(String name, Function<PublicApi, RequestBuilder> request, boolean mustBeRefused) {

    static HostileCase refused(String name, Function<PublicApi, RequestBuilder> request) {
        return new HostileCase(name, request, true);
    }

    static HostileCase tolerated(String name, Function<PublicApi, RequestBuilder> request) {
        return new HostileCase(name, request, false);
    }
}
