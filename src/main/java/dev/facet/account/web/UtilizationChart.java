package dev.facet.account.web;

import dev.facet.account.LicenseUsagePanel;
import dev.facet.account.LicenseUsageSource;
import dev.facet.account.LicenseUsageView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Chart.js configuration of the utilization line chart: one line per source over the reading
 * dates, and the First Value threshold as a dashed line. Built here because CSP forbids inline scripts;
 * facet.js draws any {@code <canvas data-chart>}.
 */
final class UtilizationChart {

    /** The visible labels, from messages.properties. */
    record Labels(String cloudLicense, String manual, String threshold, String axis) {}

    private UtilizationChart() {}

    static String json(LicenseUsagePanel panel, Labels labels, JsonMapper json) {
        List<LocalDate> dates = new ArrayList<>(new TreeSet<>(
                panel.readings().stream().map(LicenseUsageView::date).toList()));
        List<Map<String, Object>> datasets = new ArrayList<>();
        datasets.add(line(labels.cloudLicense(), "#0d6efd", values(panel, dates, LicenseUsageSource.CLOUD_LICENSE)));
        if (panel.readings().stream().anyMatch(r -> r.source() == LicenseUsageSource.MANUAL)) {
            datasets.add(line(labels.manual(), "#6c757d", values(panel, dates, LicenseUsageSource.MANUAL)));
        }
        Map<String, Object> threshold = line(
                labels.threshold(),
                "#dc3545",
                dates.stream().map(d -> (Object) panel.thresholdPercent()).toList());
        threshold.put("borderDash", List.of(6, 4));
        threshold.put("backgroundColor", "rgba(220, 53, 69, 0.15)");
        threshold.put("pointRadius", 0);
        datasets.add(threshold);

        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "line");
        config.put(
                "data", Map.of("labels", dates.stream().map(LocalDate::toString).toList(), "datasets", datasets));
        config.put(
                "options",
                Map.of(
                        "animation",
                        false,
                        "scales",
                        Map.of(
                                "y",
                                Map.of("beginAtZero", true, "title", Map.of("display", true, "text", labels.axis())))));
        return json.writeValueAsString(config);
    }

    private static List<@Nullable Object> values(
            LicenseUsagePanel panel, List<LocalDate> dates, LicenseUsageSource source) {
        Map<LocalDate, BigDecimal> bySource = new LinkedHashMap<>();
        panel.readings().stream()
                .filter(r -> r.source() == source)
                .forEach(r -> bySource.put(r.date(), r.utilizationPercent()));
        Function<LocalDate, @Nullable Object> value = bySource::get;
        List<@Nullable Object> values = new ArrayList<>();
        dates.forEach(d -> values.add(value.apply(d)));
        return values;
    }

    private static Map<String, Object> line(String label, String colour, List<? extends @Nullable Object> data) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", data);
        dataset.put("borderColor", colour);
        dataset.put("backgroundColor", colour);
        dataset.put("spanGaps", true);
        dataset.put("tension", 0.2);
        return dataset;
    }
}
