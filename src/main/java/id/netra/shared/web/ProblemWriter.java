// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem+json from servlet filters (security, rate limits, malformed envelopes), which run before
 * Spring MVC and so cannot use the shared exception handlers. Same shape and messages as {@link ProblemResponses}.
 */
@Component
@NamedInterface("web")
public class ProblemWriter {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
            Object... detailArguments) throws IOException {
        write(request, response, status, detailKey, detailArguments, Map.of());
    }

    /** As {@link #write(HttpServletRequest, HttpServletResponse, HttpStatus, String, Object...)}, plus members. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
            Object[] detailArguments, Map<String, Object> extraMembers) throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
                locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(detailKey, detailArguments, detailKey, locale));
        problem.put("instance", request.getRequestURI());
        problem.putAll(extraMembers);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
