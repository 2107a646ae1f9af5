package dev.facet.shared.web;

import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * The one way a page form is submitted: the change runs only when the bound form is valid; a
 * business rejection becomes an error on its field (or above the form) and answers 422; an edit that
 * lost the race with someone else's save (a stale version, an optimistic or pessimistic lock failure,
 * a deadlock the database broke) answers 409 with a message. Either way the refused form is
 * shown again with what the person typed. A value already taken by saved data (see {@link
 * #whenTaken}) is shown at its field too, with 409.
 *
 * <pre>{@code
 * return FormSubmission.of(errors, response)
 *         .submit(() -> saved(accounts.edit(id, form.details())), () -> formView(id, model));
 * }</pre>
 */
public final class FormSubmission {

    private static final String STALE = "form.stale";

    private final BindingResult errors;
    private final HttpServletResponse response;
    private @Nullable String staleMessage = STALE;
    private @Nullable Supplier<String> staleView;
    private final Map<String, String> formFieldOf = new HashMap<>();
    private final Map<String, String> takenMessageOf = new HashMap<>();

    private FormSubmission(BindingResult errors, HttpServletResponse response) {
        this.errors = errors;
        this.response = response;
    }

    public static FormSubmission of(BindingResult errors, HttpServletResponse response) {
        return new FormSubmission(errors, response);
    }

    /** A service rule names {@code serviceField} what this form calls {@code formField}. */
    public FormSubmission renaming(String serviceField, String formField) {
        formFieldOf.put(serviceField, formField);
        return this;
    }

    /**
     * A value of {@code field} that collides with saved data (a code, a username, an email in use:
     * the service's {@link ConflictException} names the field) is shown at that field with {@code
     * messageCode} and answers 409; conflicts on other fields go to the page's error handling.
     */
    public FormSubmission whenTaken(String field, String messageCode) {
        takenMessageOf.put(field, messageCode);
        return this;
    }

    /** The message shown above the form when someone else saved first ("form.stale" unless said). */
    public FormSubmission staleMessage(String messageCode) {
        this.staleMessage = messageCode;
        return this;
    }

    /**
     * What to show when someone else saved first, instead of the refused form (typically the form with
     * the newer version beside the person's input); a null message leaves the errors to that view.
     */
    public FormSubmission whenStale(@Nullable String messageCode, Supplier<String> view) {
        this.staleMessage = messageCode;
        this.staleView = view;
        return this;
    }

    /**
     * Runs {@code change} (which answers the view after success) when the form is valid; otherwise,
     * or when the change is refused, answers {@code refused}, the form shown again.
     */
    public String submit(Supplier<String> change, Supplier<String> refused) {
        if (errors.hasErrors()) {
            return refused(refused);
        }
        try {
            return change.get();
        } catch (InvalidInputException e) {
            FormErrors.reject(errors, e, formFieldOf.getOrDefault(e.field(), e.field()));
            return refused(refused);
        } catch (StaleEditException | ConcurrencyFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            if (staleMessage != null) {
                errors.reject(staleMessage);
            }
            return staleView != null ? staleView.get() : refused.get();
        } catch (ConflictException e) {
            String messageCode = takenMessageOf.get(e.field());
            if (messageCode == null) {
                throw e;
            }
            FormErrors.reject(
                    errors,
                    new InvalidInputException(e.field(), messageCode, e.getMessage()),
                    formFieldOf.getOrDefault(e.field(), e.field()));
            response.setStatus(HttpStatus.CONFLICT.value());
            return refused.get();
        }
    }

    private String refused(Supplier<String> refused) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return refused.get();
    }
}
