package dev.facet.team.web;

import dev.facet.team.ShadowingSummary;
import dev.facet.team.ShadowingWeek;
import dev.facet.team.WeekStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The weekly view as a Chart.js configuration for {@code <canvas data-chart>} (CSP allows no inline
 * script): a bar of calls per week coloured by how the week stands, and the goal as a dashed line.
 */
@Component
class ShadowingChart {

    private static final Map<WeekStatus, String> COLOURS =
            Map.of(WeekStatus.MET, "#198754", WeekStatus.SHORT, "#fd7e14", WeekStatus.IN_PROGRESS, "#6c9bd2");

    private final JsonMapper json;
    private final MessageSource messages;

    ShadowingChart(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    String weekly(List<ShadowingWeek> weeks) {
        Map<String, Object> calls = new LinkedHashMap<>();
        calls.put("type", "bar");
        calls.put("label", message("team.chart.calls"));
        calls.put("data", weeks.stream().map(ShadowingWeek::calls).toList());
        calls.put(
                "backgroundColor",
                weeks.stream().map(w -> COLOURS.get(w.status())).toList());
        calls.put("maxBarThickness", 48);
        calls.put("order", 2);

        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("type", "line");
        goal.put("label", message("team.chart.goal", ShadowingSummary.WEEKLY_GOAL));
        goal.put("data", weeks.stream().map(w -> w.goal()).toList());
        goal.put("borderColor", "#dc3545");
        goal.put("backgroundColor", "#dc3545");
        goal.put("borderDash", List.of(6, 4));
        // a line needs two weeks; a single week shows the goal as a dash across its bar
        goal.put("pointStyle", "line");
        goal.put("pointRadius", weeks.size() == 1 ? 40 : 0);
        goal.put("order", 1);

        Map<String, Object> y = new LinkedHashMap<>();
        y.put("beginAtZero", true);
        // room above the goal, so the goal line never sits on the chart's top edge
        y.put("suggestedMax", ShadowingSummary.WEEKLY_GOAL + 1);
        y.put("ticks", Map.of("precision", 0));
        y.put("title", Map.of("display", true, "text", message("team.chart.axis")));

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "bar");
        config.put(
                "data",
                Map.of("labels", weeks.stream().map(ShadowingWeek::label).toList(), "datasets", List.of(calls, goal)));
        config.put(
                "options",
                Map.of("responsive", true, "maintainAspectRatio", false, "animation", false, "scales", Map.of("y", y)));
        return json.writeValueAsString(config);
    }

    private String message(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
