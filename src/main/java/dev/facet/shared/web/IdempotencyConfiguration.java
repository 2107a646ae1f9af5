package dev.facet.shared.web;

import java.time.Clock;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the {@link IdempotencyFilter} once, as a servlet filter for {@code /api/*} ordered right
 * after Spring Security's filter chain, so the caller is already authenticated and a refused
 * request (401, 403) never claims a key. The filter itself is not a bean, so Boot does not
 * register it a second time.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Bean
    IdempotentRequestStore idempotentRequestStore(JdbcClient jdbc, Clock clock) {
        return new IdempotentRequestStore(jdbc, clock);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotentRequestStore store, JsonMapper json, SecurityFilterProperties security) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(security.getOrder() + 1);
        return registration;
    }
}
