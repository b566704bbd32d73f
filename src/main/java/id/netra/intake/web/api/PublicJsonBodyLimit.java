// SPDX-License-Identifier: AGPL-3.0-or-later
package id.netra.intake.web.api;

import id.netra.intake.config.IntakeProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the JSON bodies anonymous callers may send to the public report endpoints ({@code netra.intake.max-json-body}):
 * a declared length above the cap is refused with 413 before anything is read, and an undeclared (chunked) body is
 * cut off at the cap, which the JSON reader reports as an unreadable body. A report is a few kilobytes; a megabyte
 * string is an attack on memory, not a report.
 */
class PublicJsonBodyLimit extends OncePerRequestFilter {

    static final Set<String> PATHS = Set.of("/api/v1/reports", "/api/v1/reports/status", "/api/v1/reports/messages");

    private final long maxBytes;
    private final MessageSource messages;

    PublicJsonBodyLimit(IntakeProperties properties, MessageSource messages) {
        this.maxBytes = properties.maxJsonBody().toBytes();
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !PATHS.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            String detail = messages.getMessage("intake.problem.body-too-large", new Object[] {maxBytes / 1024},
                    LocaleContextHolder.getLocale());
            String title = messages.getMessage("problem.title.413", null, "Content Too Large",
                    LocaleContextHolder.getLocale());
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":413,\"title\":" + json(title)
                    + ",\"detail\":" + json(detail) + "}");
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long maxBytes;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > maxBytes) {
                        throw new IOException("request body over " + maxBytes + " bytes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
