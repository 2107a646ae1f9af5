package dev.facet.timeline.web;

import dev.facet.security.CurrentUser;
import dev.facet.timeline.SanitizedHtml;
import dev.facet.timeline.TimelineEntryView;
import dev.facet.timeline.TimelineRevisionView;
import java.util.List;

/** An entry as the panel shows it: its notes already rendered and sanitized, and whether the viewer may edit it. */
public record TimelineEntryRow(
        TimelineEntryView entry, SanitizedHtml notesHtml, boolean mayEdit, List<Revision> revisions) {

    /** An earlier version with its notes rendered the same way. */
    public record Revision(TimelineRevisionView revision, SanitizedHtml notesHtml) {}

    static TimelineEntryRow of(TimelineEntryView entry, CurrentUser viewer) {
        return new TimelineEntryRow(
                entry,
                SanitizedHtml.fromMarkdown(entry.notes()),
                entry.mayBeEditedBy(viewer),
                entry.revisions().stream()
                        .map(r -> new Revision(r, SanitizedHtml.fromMarkdown(r.notes())))
                        .toList());
    }
}
