package dev.facet.dashboard;

import java.time.Clock;
import java.time.LocalDate;
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

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Page<MyOnboarding> onboardings(UUID ownerId, Pageable pageable) {
        return queries.onboardings(ownerId, today(), pageable);
    }

    public Page<TaskItem> tasks(UUID ownerId, TaskWindow window, Pageable pageable) {
        return queries.tasks(ownerId, window, today(), pageable);
    }

    public Page<SnoozedItem> snoozed(UUID ownerId, Pageable pageable) {
        return queries.snoozed(ownerId, today(), pageable);
    }

    public void eachOnboarding(UUID ownerId, Consumer<MyOnboarding> sink) {
        try (Stream<MyOnboarding> rows = queries.streamOnboardings(ownerId, today())) {
            rows.forEach(sink);
        }
    }

    public void eachTask(UUID ownerId, TaskWindow window, Consumer<TaskItem> sink) {
        try (Stream<TaskItem> rows = queries.streamTasks(ownerId, window, today())) {
            rows.forEach(sink);
        }
    }

    public void eachSnoozed(UUID ownerId, Consumer<SnoozedItem> sink) {
        try (Stream<SnoozedItem> rows = queries.streamSnoozed(ownerId, today())) {
            rows.forEach(sink);
        }
    }
}
