package dev.facet.assignment;

import java.util.List;
import java.util.UUID;

/** A bulk assignment or reassignment as its manager follows it: progress, then the summary. */
public record BulkJobView(UUID id, Kind kind, int total, int done, boolean finished, List<ItemResult> results) {

    public enum Kind {
        ASSIGN,
        REASSIGN
    }

    public int percent() {
        return total == 0 ? 100 : done * 100 / total;
    }

    public long succeeded() {
        return results.stream().filter(r -> r.outcome().done()).count();
    }

    public long notDone() {
        return results.size() - succeeded();
    }

    public List<ItemResult> failures() {
        return results.stream().filter(r -> !r.outcome().done()).toList();
    }
}
