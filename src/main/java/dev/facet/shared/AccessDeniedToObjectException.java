package dev.facet.shared;

/** The signed-in user may see the object but not change it (a 403). */
public class AccessDeniedToObjectException extends RuntimeException {

    public AccessDeniedToObjectException(String message) {
        super(message);
    }
}
