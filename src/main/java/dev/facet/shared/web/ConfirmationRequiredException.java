package dev.facet.shared.web;

/** An {@link AsksFirst} action was posted without the person's confirmation: nothing was done. */
final class ConfirmationRequiredException extends RuntimeException {

    private final String questionCode;

    ConfirmationRequiredException(String questionCode) {
        super("Not confirmed", null, false, false);
        this.questionCode = questionCode;
    }

    String questionCode() {
        return questionCode;
    }
}
