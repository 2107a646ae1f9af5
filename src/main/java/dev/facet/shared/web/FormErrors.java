package dev.facet.shared.web;

import dev.facet.shared.InvalidInputException;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * A business rejection shown where the person typed the value, with the values its message names;
 * above the form when the form has no such field (a service naming a field the form lacks is a
 * global error, never a 500).
 */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult errors, InvalidInputException e) {
        reject(errors, e, e.field());
    }

    /** As {@link #reject(BindingResult, InvalidInputException)}, for a form that names the field differently. */
    public static void reject(BindingResult errors, InvalidInputException e, String formField) {
        Object target = errors.getTarget();
        if (target != null && new BeanWrapperImpl(target).isReadableProperty(formField)) {
            errors.rejectValue(formField, e.messageCode(), e.arguments(), e.getMessage());
        } else {
            errors.reject(e.messageCode(), e.arguments(), e.getMessage());
        }
    }
}
