package io.dhub.schema.admin;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Independent tasks (typically one per database, each on its own connection) run side by side on
 * daemon threads. Every task is waited for, even after one fails, so that no connection is still in
 * use when the caller rolls back or closes it; then the first failure in task order is rethrown as
 * it was thrown.
 */
public final class SideBySide {
    private SideBySide() {
    }

    /** A task that may fail with an SQL error. */
    @FunctionalInterface
    public interface Task<T> {
        T call() throws SQLException;
    }

    /**
     * Runs the tasks on at most {@code threads} threads named {@code threadName} and returns their
     * results in task order.
     */
    public static <T> List<T> run(String threadName, int threads, List<Task<T>> tasks)
            throws SQLException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(tasks.size());
            for (Task<T> task : tasks) {
                futures.add(pool.submit(task::call));
            }
            List<T> results = new ArrayList<>(tasks.size());
            Throwable first = null;
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                }
            }
            if (first instanceof SQLException sql) {
                throw sql;
            }
            if (first instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (first instanceof Error error) {
                throw error;
            }
            if (first != null) {
                throw new IllegalStateException(first);
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
