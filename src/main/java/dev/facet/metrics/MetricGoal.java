package dev.facet.metrics;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One metric's goal in days, a row seeded by V9 that admins edit. */
@Entity
@Table(name = "metric_goal")
class MetricGoal {

    @Id
    private String metric;

    private int goalDays;
    private Instant updatedAt;
    private @Nullable UUID updatedBy;

    @Version
    private @Nullable Long version;

    protected MetricGoal() {}

    TimeToValueMetric metric() {
        return TimeToValueMetric.valueOf(metric);
    }

    int goalDays() {
        return goalDays;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** Only a changed goal is written, so an unchanged row keeps its version. */
    void change(int goalDays, UUID admin, Instant now) {
        if (this.goalDays == goalDays) {
            return;
        }
        this.goalDays = goalDays;
        this.updatedBy = admin;
        this.updatedAt = now;
    }

    MetricGoalView view() {
        return new MetricGoalView(metric(), goalDays, updatedAt, version());
    }
}
