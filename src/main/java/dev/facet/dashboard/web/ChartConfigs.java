package dev.facet.dashboard.web;

import dev.facet.dashboard.Cohort;
import dev.facet.dashboard.DaysBucket;
import dev.facet.dashboard.DaysDistribution;
import dev.facet.dashboard.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chart.js configurations as JSON for {@code <canvas data-chart>} (CSP allows no inline script):
 * the share meeting each goal and the median days per start-month cohort, and the distribution of
 * days. Labels come from the messages like every visible text.
 */
@Component
class ChartConfigs {

    private static final Map<Metric, String> COLOURS = Map.of(
            Metric.TIME_TO_ENGAGE, "#0d6efd", Metric.TIME_TO_FIRST_VALUE, "#198754", Metric.TIME_TO_ONBOARD, "#fd7e14");

    private final JsonMapper json;
    private final MessageSource messages;

    ChartConfigs(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    String share(List<Cohort> cohorts) {
        return cohortChart(
                "bar",
                cohorts,
                c -> metric -> c.metric(metric).sharePercent(),
                message("dashboard.chart.share.axis"),
                100);
    }

    String median(List<Cohort> cohorts) {
        return cohortChart(
                "line",
                cohorts,
                c -> metric -> c.metric(metric).medianDays(),
                message("dashboard.chart.median.axis"),
                null);
    }

    String distribution(DaysDistribution distribution) {
        List<String> labels = new ArrayList<>();
        for (DaysBucket bucket : DaysBucket.values()) {
            labels.add(bucketLabel(bucket));
        }
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            List<Long> data = new ArrayList<>();
            for (DaysBucket bucket : DaysBucket.values()) {
                data.add(distribution.count(metric, bucket));
            }
            datasets.add(dataset(metric, data));
        }
        return config("bar", labels, datasets, message("dashboard.chart.distribution.axis"), null);
    }

    String bucketLabel(DaysBucket bucket) {
        return bucket.to() == null
                ? message("dashboard.bucket.over", bucket.from() - 1)
                : message("dashboard.bucket.range", bucket.from(), bucket.to());
    }

    private String cohortChart(
            String type,
            List<Cohort> cohorts,
            Function<Cohort, Function<Metric, @Nullable Number>> value,
            String axis,
            @Nullable Integer max) {
        List<String> labels = cohorts.stream().map(c -> c.month().toString()).toList();
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            List<@Nullable Number> data = new ArrayList<>();
            for (Cohort cohort : cohorts) {
                data.add(value.apply(cohort).apply(metric));
            }
            datasets.add(dataset(metric, data));
        }
        return config(type, labels, datasets, axis, max);
    }

    private Map<String, Object> dataset(Metric metric, List<?> data) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", message("dashboard.metric." + metric));
        dataset.put("data", data);
        dataset.put("backgroundColor", COLOURS.get(metric));
        dataset.put("borderColor", COLOURS.get(metric));
        dataset.put("spanGaps", true);
        return dataset;
    }

    private String config(
            String type, List<String> labels, List<Map<String, Object>> datasets, String axis, @Nullable Integer max) {
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("beginAtZero", true);
        if (max != null) {
            y.put("max", max);
        }
        y.put("title", Map.of("display", true, "text", axis));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", Map.of("labels", labels, "datasets", datasets));
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
