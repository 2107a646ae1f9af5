package dev.facet.team.web;

import dev.facet.shared.InvalidInputException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** A business rejection shown where the user typed the value, or above the form when no field matches. */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult errors, InvalidInputException e) {
        Object target = errors.getTarget();
        if (target != null && new BeanWrapperImpl(target).isReadableProperty(e.field())) {
            errors.rejectValue(e.field(), e.messageCode(), e.getMessage());
        } else {
            errors.reject(e.messageCode(), e.getMessage());
        }
    }
}
