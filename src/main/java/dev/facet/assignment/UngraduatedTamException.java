package dev.facet.assignment;

import java.util.List;

/**
 * An assignment to TAMs who have not graduated from team onboarding, refused until the manager
 * confirms it (DOMAIN 10); {@code names} are those TAMs, for the warning.
 */
public class UngraduatedTamException extends RuntimeException {

    private final List<String> names;

    public UngraduatedTamException(List<String> names) {
        super("Not graduated from team onboarding: " + String.join(", ", names));
        this.names = List.copyOf(names);
    }

    public List<String> names() {
        return names;
    }
}
