package dev.facet.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Stops an {@link AsksFirst} action before its handler runs unless the request says it was confirmed. */
final class ConfirmationInterceptor implements HandlerInterceptor {

    static final String CONFIRMED = "confirmed";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            AsksFirst asks = method.getMethodAnnotation(AsksFirst.class);
            if (asks != null && !"true".equals(request.getParameter(CONFIRMED))) {
                throw new ConfirmationRequiredException(asks.value());
            }
        }
        return true;
    }
}
