package dev.facet.dashboard;

import dev.facet.account.Gemstone;
import dev.facet.account.Sentiment;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaType;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads the columns of native statements' tuples into the dashboard's records. */
final class Rows {

    private Rows() {}

    static OnboardingRow onboarding(Tuple t) {
        return new OnboardingRow(
                uuid(t, "cta_id"),
                uuid(t, "account_id"),
                string(t, "account_name"),
                gemstone(t),
                sentiment(t),
                Boolean.TRUE.equals(t.get("at_risk")),
                uuid(t, "owner_id"),
                string(t, "owner_name"),
                CtaStatus.valueOf(string(t, "status")),
                date(t, "start_date"),
                date(t, "due_date"),
                nullableDate(t, "closed_date"),
                date(t, "original_contract_date"),
                nullableDate(t, "first_engagement_date"),
                nullableDate(t, "first_value_date"),
                nullableInt(t, "engage_days"),
                nullableInt(t, "first_value_days"),
                nullableInt(t, "onboard_days"),
                state(t, "engage_state"),
                state(t, "first_value_state"),
                state(t, "onboard_state"),
                (int) number(t, "days_since_start"),
                (int) number(t, "days_since_contract"));
    }

    static TaskItem task(Tuple t) {
        return new TaskItem(
                uuid(t, "task_id"),
                string(t, "title"),
                date(t, "due_date"),
                uuid(t, "cta_id"),
                CtaType.valueOf(string(t, "cta_type")),
                uuid(t, "account_id"),
                string(t, "account_name"),
                uuid(t, "owner_id"),
                string(t, "owner_name"));
    }

    static @Nullable Gemstone gemstone(Tuple t) {
        String value = nullableString(t, "gemstone");
        return value == null ? null : Gemstone.valueOf(value);
    }

    static @Nullable Sentiment sentiment(Tuple t) {
        String value = nullableString(t, "sentiment");
        return value == null ? null : Sentiment.valueOf(value);
    }

    static MetricState state(Tuple t, String column) {
        return MetricState.valueOf(string(t, column));
    }

    static UUID uuid(Tuple t, String column) {
        Object value = t.get(column);
        return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
    }

    static @Nullable UUID nullableUuid(Tuple t, String column) {
        return t.get(column) == null ? null : uuid(t, column);
    }

    static String string(Tuple t, String column) {
        return String.valueOf(t.get(column));
    }

    static @Nullable String nullableString(Tuple t, String column) {
        Object value = t.get(column);
        return value == null ? null : value.toString();
    }

    static long number(Tuple t, String column) {
        Object value = t.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    static @Nullable Integer nullableInt(Tuple t, String column) {
        Object value = t.get(column);
        return value == null ? null : ((Number) value).intValue();
    }

    static @Nullable Double nullableDouble(Tuple t, String column) {
        Object value = t.get(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    static LocalDate date(Tuple t, String column) {
        LocalDate value = nullableDate(t, column);
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value;
    }

    /** PostgreSQL dates come back as {@code java.sql.Date} or {@code LocalDate} depending on the driver's mapping. */
    static @Nullable LocalDate nullableDate(Tuple t, String column) {
        Object value = t.get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        return (LocalDate) value;
    }
}
