// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose envelope is broken before anything reads it: a {@code Content-Type} that cannot be parsed
 * or is a wildcard ({@code *}/{@code *} names no format), and a multipart body without a boundary or that cannot be
 * split into parts. Left to run, such requests failed deep inside the security filters (the CSRF check reads form
 * parameters) or the message converters, where no exception handler can answer, and became 500s. Runs ahead of
 * Spring Security; the answer is problem+json in the caller's language, like {@link ProblemResponses}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class MalformedRequestFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    MalformedRequestFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getContentType();
        if (header != null && !header.isBlank()) {
            MediaType type;
            try {
                type = MediaType.parseMediaType(header);
            } catch (InvalidMediaTypeException e) {
                refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.content-type.invalid");
                return;
            }
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.content-type.wildcard");
                return;
            }
            if ("multipart".equalsIgnoreCase(type.getType()) && !readableParts(request, response, type)) {
                response.flushBuffer();
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Splits a form-data body now (the container keeps the parts for later) so that a broken one, typically without
     * a boundary, is refused here rather than where the CSRF check or the dispatcher trips over it.
     */
    private boolean readableParts(HttpServletRequest request, HttpServletResponse response, MediaType type)
            throws IOException {
        if (!"form-data".equalsIgnoreCase(type.getSubtype())) {
            return true;
        }
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException e) {
            boolean tooLarge = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("size")
                    || e.getCause() != null && e.getCause().getClass().getSimpleName().contains("Size");
            refuse(request, response, tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
                    tooLarge ? "problem.too-large" : "problem.multipart.unreadable");
        } catch (IOException | ServletException | RuntimeException e) {
            String boundary = type.getParameter("boundary");
            refuse(request, response, HttpStatus.BAD_REQUEST, boundary == null || boundary.isBlank()
                    ? "problem.multipart.no-boundary" : "problem.multipart.unreadable");
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detailKey) throws IOException {
        response.setCharacterEncoding("UTF-8");
        problems.write(request, response, status, detailKey, new Object[0], Map.of("code", detailKey));
    }
}
