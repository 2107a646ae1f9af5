package dev.facet.shared;

/**
 * A business rule rejects a value the user or the CRM sent, naming the field, so forms can show it
 * beside the input and the API can answer 422.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final Object[] arguments;

    public InvalidInputException(String field, String messageCode, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.messageCode = messageCode;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    /** Key in messages.properties for forms. */
    public String messageCode() {
        return messageCode;
    }

    /** The values the message names ("{0} tasks are still open"). */
    public Object[] arguments() {
        return arguments.clone();
    }
}
