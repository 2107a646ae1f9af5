package dev.facet.shared.database;

/**
 * How many SQL statements the current thread has sent, whoever sent them (Hibernate, JdbcClient,
 * Flyway), and how long they took. A request runs on one thread, so the difference across it is that
 * request's own cost, untouched by background jobs and by other requests running at the same time.
 * A JDBC batch counts as one statement, as it is one round trip.
 */
public final class StatementCounter {

    /** Per thread: statements sent, nanoseconds spent in them, and when the running one started. */
    private static final ThreadLocal<long[]> SENT = ThreadLocal.withInitial(() -> new long[3]);

    private StatementCounter() {}

    /** Statements sent on this thread since it started; subtract two readings to cost a piece of work. */
    public static long onThisThread() {
        return SENT.get()[0];
    }

    /** Nanoseconds this thread has spent waiting for its statements (the database's share of its time). */
    public static long sqlNanosOnThisThread() {
        return SENT.get()[1];
    }

    static void starting() {
        SENT.get()[2] = System.nanoTime();
    }

    static void sent() {
        long[] sent = SENT.get();
        sent[0]++;
        sent[1] += System.nanoTime() - sent[2];
    }
}
