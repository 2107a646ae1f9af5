package dev.facet.shared.web;

import dev.facet.shared.database.StatementCounter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For benchmarks: with {@code facet.diagnostics.request-cost=true} every response says how many SQL
 * statements it sent ({@code X-Facet-Statements}) and how long the server took
 * ({@code Server-Timing: app;dur=ms, sql;dur=ms}, the second the time spent waiting for SQL). The count is the request's own ({@link StatementCounter}
 * counts per thread), so it stays exact under load and while background jobs run. Off by default:
 * buffering every response costs memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("facet.diagnostics.request-cost")
class RequestCostHeaders extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long statementsBefore = StatementCounter.onThisThread();
        long sqlBefore = StatementCounter.sqlNanosOnThisThread();
        long started = System.nanoTime();
        // Headers must be set before the body is committed, so the response is buffered until then.
        var buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } finally {
            double millis = (System.nanoTime() - started) / 1_000_000.0;
            buffered.setHeader("X-Facet-Statements", Long.toString(StatementCounter.onThisThread() - statementsBefore));
            double sqlMillis = (StatementCounter.sqlNanosOnThisThread() - sqlBefore) / 1_000_000.0;
            buffered.setHeader(
                    "Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f, sql;dur=%.1f", millis, sqlMillis));
            buffered.copyBodyToResponse();
        }
    }
}
