package dev.facet.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.shared.InvalidInputException;
import dev.facet.shared.StaleEditException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** The one way a page form is submitted: what runs, what the person sees, and which status answers. */
class FormSubmissionTests {

    /** A form as the controllers bind them. */
    public static class NameForm {
        private String name = "typed";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    private final BindingResult errors = new BeanPropertyBindingResult(new NameForm(), "form");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aValidFormRunsTheChangeAndAnswersItsView() {
        String view = FormSubmission.of(errors, response).submit(() -> "redirect:/saved", () -> "form");

        assertThat(view).isEqualTo("redirect:/saved");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void aFormThatDidNotBindIsShownAgainWithoutRunningTheChange() {
        errors.rejectValue("name", "NotBlank");
        var ran = new AtomicBoolean();

        String view = FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            ran.set(true);
                            return "redirect:/saved";
                        },
                        () -> "form");

        assertThat(view).isEqualTo("form");
        assertThat(ran).isFalse();
        assertThat(response.getStatus()).isEqualTo(422);
    }

    @Test
    void aRejectedValueIsShownAtItsFieldWithTheValuesItsMessageNames() {
        String view = FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            throw new InvalidInputException("name", "name.taken", "taken", "typed");
                        },
                        () -> "form");

        assertThat(view).isEqualTo("form");
        assertThat(response.getStatus()).isEqualTo(422);
        var error = errors.getFieldError("name");
        assertThat(error).isNotNull();
        assertThat(error.getCode()).isEqualTo("name.taken");
        assertThat(error.getArguments()).containsExactly("typed");
    }

    @Test
    void aRuleNamingAFieldTheFormLacksIsShownAboveTheFormOrUnderTheFormsOwnName() {
        FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            throw new InvalidInputException("closedOn", "date.future", "in the future");
                        },
                        () -> "form");
        assertThat(errors.getGlobalErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getCode()).isEqualTo("date.future"));

        BindingResult renamed = new BeanPropertyBindingResult(new NameForm(), "form");
        FormSubmission.of(renamed, response)
                .renaming("fullName", "name")
                .submit(
                        () -> {
                            throw new InvalidInputException("fullName", "name.short", "too short");
                        },
                        () -> "form");
        assertThat(renamed.getFieldError("name")).isNotNull();
    }

    @Test
    void anEditThatLostTheRaceAnswers409WithTheStaleMessageAndKeepsTheInput() {
        String view = FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            throw new StaleEditException("The account");
                        },
                        () -> "form");

        assertThat(view).isEqualTo("form");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(errors.getGlobalErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getCode()).isEqualTo("form.stale"));
        assertThat(errors.getFieldValue("name")).isEqualTo("typed");
    }

    @Test
    void aStaleEditCanShowItsOwnViewAndMessage() {
        String view = FormSubmission.of(errors, response)
                .whenStale("playbook.stale", () -> "form-beside-newer-version")
                .submit(
                        () -> {
                            throw new OptimisticLockingFailureException("version moved");
                        },
                        () -> "form");

        assertThat(view).isEqualTo("form-beside-newer-version");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(errors.getGlobalErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.getCode()).isEqualTo("playbook.stale"));
    }

    @Test
    void aDeadlockTheDatabaseBrokeIsALostRaceToo() {
        String view = FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            throw new org.springframework.dao.PessimisticLockingFailureException("deadlock detected");
                        },
                        () -> "form");

        assertThat(view).isEqualTo("form");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(errors.getFieldValue("name")).isEqualTo("typed");
    }
}
