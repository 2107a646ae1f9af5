package dev.facet.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A TAM's own work (DOMAIN 9): their open onboardings, their tasks by window, their snoozed CTAs. */
@Service
@Transactional(readOnly = true)
public class TamDashboard {

    private final TamDashboardQueries queries;
    private final Clock clock;

    TamDashboard(TamDashboardQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Today where the TAM is: their overdue and this week's tasks turn over at their midnight. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    public Page<MyOnboarding> onboardings(UUID ownerId, ZoneId zone, Pageable pageable) {
        return queries.onboardings(ownerId, today(zone), pageable);
    }

    public Page<TaskItem> tasks(UUID ownerId, ZoneId zone, TaskWindow window, Pageable pageable) {
        return tasks(ownerId, today(zone), window, pageable);
    }

    /**
     * The same list as of a given day, for a job that works on a day it fixed beforehand (the daily
     * digest, keyed by the TAM's date). One statement, the total included.
     */
    public Page<TaskItem> tasks(UUID ownerId, LocalDate today, TaskWindow window, Pageable pageable) {
        return queries.tasks(ownerId, window, today, pageable);
    }

    public Page<SnoozedItem> snoozed(UUID ownerId, ZoneId zone, Pageable pageable) {
        return queries.snoozed(ownerId, today(zone), pageable);
    }

    public void eachOnboarding(UUID ownerId, ZoneId zone, Consumer<MyOnboarding> sink) {
        try (Stream<MyOnboarding> rows = queries.streamOnboardings(ownerId, today(zone))) {
            rows.forEach(sink);
        }
    }

    public void eachTask(UUID ownerId, ZoneId zone, TaskWindow window, Consumer<TaskItem> sink) {
        try (Stream<TaskItem> rows = queries.streamTasks(ownerId, window, today(zone))) {
            rows.forEach(sink);
        }
    }

    public void eachSnoozed(UUID ownerId, ZoneId zone, Consumer<SnoozedItem> sink) {
        try (Stream<SnoozedItem> rows = queries.streamSnoozed(ownerId, today(zone))) {
            rows.forEach(sink);
        }
    }
}
