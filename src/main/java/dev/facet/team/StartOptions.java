package dev.facet.team;

import dev.facet.security.UserReference;
import java.util.List;

/**
 * Whom a plan can be started for and with: active TAMs as new hires and buddies, and managers (an
 * admin chooses one; a manager starts plans as their own).
 */
public record StartOptions(List<UserReference> tams, List<UserReference> managers, boolean chooseManager) {

    public StartOptions {
        tams = List.copyOf(tams);
        managers = List.copyOf(managers);
    }
}
