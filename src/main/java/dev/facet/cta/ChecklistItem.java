package dev.facet.cta;

import jakarta.persistence.Embeddable;

@Embeddable
class ChecklistItem {

    private String label;
    private boolean done;

    protected ChecklistItem() {}

    ChecklistItem(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean done() {
        return done;
    }

    void mark(boolean done) {
        this.done = done;
    }
}
