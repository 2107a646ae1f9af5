package dev.facet.shared.web;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For benchmarks: with {@code facet.diagnostics.request-cost=true} every response says how many SQL
 * statements Hibernate prepared for it ({@code X-Facet-Statements}) and how long the server took
 * ({@code Server-Timing: app;dur=ms}). The count comes from Hibernate's global statistics, so it is
 * exact only when one request runs at a time, which is how {@code bench/dashboards.sh} calls it.
 * Off by default: statistics cost a little on every statement.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("facet.diagnostics.request-cost")
class RequestCostHeaders extends OncePerRequestFilter {

    private final Statistics statistics;

    RequestCostHeaders(EntityManagerFactory entityManagerFactory) {
        this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        this.statistics.setStatisticsEnabled(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long statementsBefore = statistics.getPrepareStatementCount();
        long started = System.nanoTime();
        // Headers must be set before the body is committed, so the response is buffered until then.
        var buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
        } finally {
            double millis = (System.nanoTime() - started) / 1_000_000.0;
            buffered.setHeader(
                    "X-Facet-Statements", Long.toString(statistics.getPrepareStatementCount() - statementsBefore));
            buffered.setHeader("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f", millis));
            buffered.copyBodyToResponse();
        }
    }
}
