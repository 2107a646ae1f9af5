package dev.facet.team;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The weekly view of shadowing (csm-team-onboarding.md: "shadow at least 4 calls per week"): every ISO
 * week from the first logged week, or a given start, to this week, including weeks without a call, each
 * against the goal. The calls per week come counted from the database (grouped by the same Monday as
 * {@link #weekOf}); this only lays the weeks out and judges them.
 *
 * <p>"This week" is the new hire's: the week of today in their time zone, so a call logged on a Monday
 * morning in Tokyo falls in the week it was on the calendar there.
 */
final class ShadowingWeekPolicy {

    /** The handbook's "at least 4 calls per week". */
    static final int WEEKLY_GOAL = 4;

    /**
     * An onboarding takes about three months; two years of weeks bounds the view (and its chart) when
     * someone back-dates a call or asks for a start long ago.
     */
    static final int MAX_WEEKS = 104;

    private ShadowingWeekPolicy() {}

    /** The Monday that starts the ISO week holding {@code date} (PostgreSQL's {@code date_trunc('week', …)}). */
    static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Today on the new hire's calendar. */
    static LocalDate today(Instant now, ZoneId newHireZone) {
        return LocalDate.ofInstant(now, newHireZone);
    }

    /**
     * The first Monday the view may show: weeks older than {@link #MAX_WEEKS} before this week fall
     * off, and a start after this week starts at this week. Without a start, the view begins at the
     * first logged week, so the calls must be counted from the beginning: {@code null}.
     */
    static @Nullable LocalDate countFrom(@Nullable LocalDate from, LocalDate today) {
        return from == null ? null : earliestWeek(from, today);
    }

    /**
     * The first Monday the view may show: weeks older than {@link #MAX_WEEKS} before this week fall
     * off, and a start after this week starts at this week.
     */
    static LocalDate earliestWeek(@Nullable LocalDate from, LocalDate today) {
        LocalDate thisWeek = weekOf(today);
        LocalDate floor = thisWeek.minusWeeks(MAX_WEEKS - 1L);
        if (from == null) {
            return floor;
        }
        LocalDate start = weekOf(from);
        if (start.isAfter(thisWeek)) {
            return thisWeek;
        }
        return start.isBefore(floor) ? floor : start;
    }

    /**
     * The weeks from {@code from}'s week (or, without it, the first week with a call) to this week,
     * oldest first; empty when nothing was logged and no start was given.
     *
     * @param callsPerWeek calls counted per week, keyed by the week's Monday; weeks without a call
     *     may be missing, and weeks outside the view are ignored
     */
    static List<ShadowingWeek> weeks(Map<LocalDate, Long> callsPerWeek, @Nullable LocalDate from, LocalDate today) {
        LocalDate thisWeek = weekOf(today);
        LocalDate floor = earliestWeek(null, today);
        LocalDate start;
        if (from != null) {
            start = earliestWeek(from, today);
        } else {
            LocalDate first = callsPerWeek.entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .map(e -> weekOf(e.getKey()))
                    .filter(week -> !week.isAfter(thisWeek))
                    .min(LocalDate::compareTo)
                    .orElse(null);
            if (first == null) {
                return List.of();
            }
            start = first.isBefore(floor) ? floor : first;
        }
        long count = ChronoUnit.WEEKS.between(start, thisWeek) + 1;
        List<ShadowingWeek> weeks = new ArrayList<>((int) count);
        for (LocalDate week = start; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
            long calls = callsPerWeek.getOrDefault(week, 0L);
            weeks.add(new ShadowingWeek(week, calls, WEEKLY_GOAL, status(calls, week.equals(thisWeek))));
        }
        return Collections.unmodifiableList(weeks);
    }

    static WeekStatus status(long calls, boolean thisWeek) {
        if (calls >= WEEKLY_GOAL) {
            return WeekStatus.MET;
        }
        return thisWeek ? WeekStatus.IN_PROGRESS : WeekStatus.SHORT;
    }
}
