package dev.facet.shared;

/** Someone else saved the same object since the user loaded it: a 409 that keeps the user's input. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what) {
        super(what + " was changed by someone else");
    }
}
