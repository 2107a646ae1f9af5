package dev.facet.assignment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The queue's form: the ticked items, the TAM chosen on each row (keyed by the item's CTA id), and
 * {@code only} when a row's own button was pressed.
 */
public class AssignForm {

    private List<UUID> selected = new ArrayList<>();
    private Map<String, String> tam = new HashMap<>();
    private @Nullable UUID only;

    /** One TAM for every ticked item, chosen below the queue; it wins over the rows' own choices. */
    private @Nullable String tickedTo;

    /** The manager confirmed assigning to TAMs who have not graduated from team onboarding. */
    private boolean confirmUngraduated;

    public boolean isConfirmUngraduated() {
        return confirmUngraduated;
    }

    public void setConfirmUngraduated(boolean confirmUngraduated) {
        this.confirmUngraduated = confirmUngraduated;
    }

    public List<UUID> getSelected() {
        return selected;
    }

    public void setSelected(List<UUID> selected) {
        this.selected = selected;
    }

    public Map<String, String> getTam() {
        return tam;
    }

    public void setTam(Map<String, String> tam) {
        this.tam = tam;
    }

    public @Nullable UUID getOnly() {
        return only;
    }

    public void setOnly(@Nullable UUID only) {
        this.only = only;
    }

    public @Nullable String getTickedTo() {
        return tickedTo;
    }

    public void setTickedTo(@Nullable String tickedTo) {
        this.tickedTo = tickedTo;
    }

    /** The items to assign: the one whose button was pressed, else every ticked one. */
    List<UUID> items() {
        return only != null ? List.of(only) : List.copyOf(new java.util.LinkedHashSet<>(selected));
    }

    /**
     * The TAM chosen for an item, or null when none (or garbage) came: the one chosen for all ticked
     * items when the ticked ones are assigned, else the row's own.
     */
    @Nullable
    UUID tamFor(UUID ctaId) {
        UUID forAllTicked = only == null ? uuid(tickedTo) : null;
        return forAllTicked != null ? forAllTicked : uuid(tam.get(ctaId.toString()));
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
