package dev.facet.team.web;

import dev.facet.team.MonthProgress;
import dev.facet.team.PlanProgress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Chart.js configuration of a plan's progress: per month, the items done, marked not applicable
 * and still open, stacked to the month's total. Built here because CSP forbids inline scripts;
 * facet.js draws any {@code <canvas data-chart>}.
 */
final class PlanChart {

    /** The visible labels, from messages.properties: the month names in order, then the series. */
    record Labels(List<String> months, String done, String notApplicable, String open, String axis) {}

    private PlanChart() {}

    static String json(PlanProgress progress, Labels labels, JsonMapper json) {
        List<Integer> done = new ArrayList<>();
        List<Integer> notApplicable = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (MonthProgress month : progress.byMonth()) {
            done.add(month.done());
            notApplicable.add(month.notApplicable());
            open.add(month.open());
        }
        List<Map<String, Object>> datasets = List.of(
                bar(labels.done(), "#198754", done),
                bar(labels.notApplicable(), "#6c757d", notApplicable),
                bar(labels.open(), "#ced4da", open));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "bar");
        config.put("data", Map.of("labels", labels.months(), "datasets", datasets));
        config.put(
                "options",
                Map.of(
                        "animation",
                        false,
                        "maintainAspectRatio",
                        false,
                        "scales",
                        Map.of(
                                "x",
                                Map.of("stacked", true),
                                "y",
                                Map.of(
                                        "stacked",
                                        true,
                                        "beginAtZero",
                                        true,
                                        "ticks",
                                        Map.of("precision", 0),
                                        "title",
                                        Map.of("display", true, "text", labels.axis())))));
        return json.writeValueAsString(config);
    }

    private static Map<String, Object> bar(String label, String colour, List<Integer> data) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", data);
        dataset.put("backgroundColor", colour);
        return dataset;
    }
}
