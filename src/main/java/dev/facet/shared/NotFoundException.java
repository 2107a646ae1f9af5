package dev.facet.shared;

/** A thing that was asked for by id does not exist (or may not be seen): a 404, never a 500. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
