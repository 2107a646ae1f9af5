package dev.facet.report;

import dev.facet.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The weekly report's settings: read by the report job, changed by admins. */
@Service
@Transactional
public class ReportManagement {

    private final ReportSettingsStore store;

    ReportManagement(ReportSettingsStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public ReportSettings settings() {
        return store.load();
    }

    /**
     * Changes when the report goes out, unless someone saved since {@code version} (then a {@code
     * StaleEditException}); an unknown time zone is an {@code InvalidInputException}.
     */
    public ReportSettings changeSettings(DayOfWeek dayOfWeek, LocalTime localTime, String timeZone, long version) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "report.settings.timeZone.invalid", "Unknown time zone");
        }
        store.save(new ReportSettings(dayOfWeek, localTime.withSecond(0).withNano(0), zone, version));
        return store.load();
    }
}
