package dev.facet.metrics.web;

import dev.facet.metrics.GoalChange;
import dev.facet.metrics.MetricGoalView;
import dev.facet.metrics.TimeToValueMetric;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The admin's form for the three time-to-value goals, with the version each row was read at. */
public class MetricGoalForm {

    @NotNull(message = "{metrics.goals.required}")
    @Min(value = 1, message = "{metrics.goals.range}")
    @Max(value = 3650, message = "{metrics.goals.range}")
    private @Nullable Integer timeToEngage;

    @NotNull(message = "{metrics.goals.required}")
    @Min(value = 1, message = "{metrics.goals.range}")
    @Max(value = 3650, message = "{metrics.goals.range}")
    private @Nullable Integer timeToFirstValue;

    @NotNull(message = "{metrics.goals.required}")
    @Min(value = 1, message = "{metrics.goals.range}")
    @Max(value = 3650, message = "{metrics.goals.range}")
    private @Nullable Integer timeToOnboard;

    private long timeToEngageVersion;
    private long timeToFirstValueVersion;
    private long timeToOnboardVersion;

    static MetricGoalForm of(List<MetricGoalView> goals) {
        var form = new MetricGoalForm();
        goals.forEach(g -> {
            switch (g.metric()) {
                case TIME_TO_ENGAGE -> form.timeToEngage = g.goalDays();
                case TIME_TO_FIRST_VALUE -> form.timeToFirstValue = g.goalDays();
                case TIME_TO_ONBOARD -> form.timeToOnboard = g.goalDays();
            }
        });
        form.takeVersions(goals);
        return form;
    }

    /** After a stale edit the typed values stay and the versions move on, so saving again overrides. */
    void takeVersions(List<MetricGoalView> goals) {
        goals.forEach(g -> {
            switch (g.metric()) {
                case TIME_TO_ENGAGE -> timeToEngageVersion = g.version();
                case TIME_TO_FIRST_VALUE -> timeToFirstValueVersion = g.version();
                case TIME_TO_ONBOARD -> timeToOnboardVersion = g.version();
            }
        });
    }

    /** Only called once Bean Validation passed, so every goal is set. */
    @SuppressWarnings("NullAway")
    List<GoalChange> changes() {
        return List.of(
                new GoalChange(TimeToValueMetric.TIME_TO_ENGAGE, timeToEngage, timeToEngageVersion),
                new GoalChange(TimeToValueMetric.TIME_TO_FIRST_VALUE, timeToFirstValue, timeToFirstValueVersion),
                new GoalChange(TimeToValueMetric.TIME_TO_ONBOARD, timeToOnboard, timeToOnboardVersion));
    }

    public @Nullable Integer getTimeToEngage() {
        return timeToEngage;
    }

    public void setTimeToEngage(@Nullable Integer timeToEngage) {
        this.timeToEngage = timeToEngage;
    }

    public @Nullable Integer getTimeToFirstValue() {
        return timeToFirstValue;
    }

    public void setTimeToFirstValue(@Nullable Integer timeToFirstValue) {
        this.timeToFirstValue = timeToFirstValue;
    }

    public @Nullable Integer getTimeToOnboard() {
        return timeToOnboard;
    }

    public void setTimeToOnboard(@Nullable Integer timeToOnboard) {
        this.timeToOnboard = timeToOnboard;
    }

    public long getTimeToEngageVersion() {
        return timeToEngageVersion;
    }

    public void setTimeToEngageVersion(long timeToEngageVersion) {
        this.timeToEngageVersion = timeToEngageVersion;
    }

    public long getTimeToFirstValueVersion() {
        return timeToFirstValueVersion;
    }

    public void setTimeToFirstValueVersion(long timeToFirstValueVersion) {
        this.timeToFirstValueVersion = timeToFirstValueVersion;
    }

    public long getTimeToOnboardVersion() {
        return timeToOnboardVersion;
    }

    public void setTimeToOnboardVersion(long timeToOnboardVersion) {
        this.timeToOnboardVersion = timeToOnboardVersion;
    }
}
