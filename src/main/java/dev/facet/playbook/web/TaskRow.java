package dev.facet.playbook.web;

import dev.facet.playbook.PlaybookTaskView;
import dev.facet.shared.web.LinkedText;
import dev.facet.shared.web.TextSegment;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A task as a page shows it: its description split into text and links, and its due date on a preview. */
public record TaskRow(
        PlaybookTaskView task,
        List<TextSegment> description,
        @Nullable LocalDate due) {

    static TaskRow of(PlaybookTaskView task, @Nullable LocalDate start) {
        return new TaskRow(
                task,
                LinkedText.split(task.description()),
                start == null ? null : start.plusDays(task.dueOffsetDays()));
    }
}
