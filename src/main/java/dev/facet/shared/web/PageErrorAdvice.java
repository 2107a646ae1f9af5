package dev.facet.shared.web;

import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages: a missing object is the friendly 404 page, a forbidden one the 403 page; never a 500. An
 * unconfirmed {@link AsksFirst} action asks its question (a page, or a card in place with htmx).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(AccessDeniedToObjectException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }

    @ExceptionHandler(ConfirmationRequiredException.class)
    ModelAndView confirm(ConfirmationRequiredException e, HttpServletRequest request) {
        var view = HtmxRequest.of(request).view("shared/confirm :: confirmation", "shared/confirm");
        return new ModelAndView(view, "confirmation", ConfirmationPage.of(e.questionCode(), request));
    }
}
