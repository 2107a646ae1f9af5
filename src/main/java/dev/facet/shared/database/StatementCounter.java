package dev.facet.shared.database;

/**
 * How many SQL statements the current thread has sent, whoever sent them (Hibernate, JdbcClient,
 * Flyway). A request runs on one thread, so the difference across it is that request's own cost,
 * untouched by background jobs and by other requests running at the same time. A JDBC batch counts
 * as one statement, as it is one round trip.
 */
public final class StatementCounter {

    private static final ThreadLocal<long[]> SENT = ThreadLocal.withInitial(() -> new long[1]);

    private StatementCounter() {}

    /** Statements sent on this thread since it started; subtract two readings to cost a piece of work. */
    public static long onThisThread() {
        return SENT.get()[0];
    }

    static void sent() {
        SENT.get()[0]++;
    }
}
