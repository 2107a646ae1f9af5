package dev.facet.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the "are you sure?" page needs to post the action again: its address, the fields the first
 * post carried (the CSRF token comes fresh from the page), and where "No" goes back to.
 */
record ConfirmationPage(String questionCode, String action, List<Field> fields, String back) {

    record Field(String name, String value) {}

    static ConfirmationPage of(String questionCode, HttpServletRequest request) {
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (name.equals("_csrf") || name.equals(ConfirmationInterceptor.CONFIRMED)) {
                continue;
            }
            for (String value : parameter.getValue()) {
                fields.add(new Field(name, value));
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String back = RefererPath.of(request);
        return new ConfirmationPage(questionCode, path, fields, back == null ? "/" : back);
    }
}
