// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleFunction;

/**
 * Runs one long SQL statement (a whole file read by DuckDB) while a watcher reports DuckDB's own
 * progress and turns a cancel request into an interrupt of the statement, so a single statement over
 * a gigabyte stays as responsive as the Java reader's batches.
 */
final class WatchedStatement {

    private static final long POLL_MILLIS = 200;

    private WatchedStatement() {
    }

    /**
     * Executes {@code sql}; {@code message} turns DuckDB's progress (0..1) into the progress text.
     * Throws {@link CancelledException} when cancel was asked while it ran, whatever the statement did.
     */
    static void execute(DuckDBConnection connection, String sql, ProgressListener progress, DoubleFunction<String> message,
                        Cancellation cancel) throws SQLException {
        cancel.checkpoint();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "shiftlens-statement-watch");
            thread.setDaemon(true);
            return thread;
        });
        try (DuckDBPreparedStatement statement = connection.prepareStatement(sql).unwrap(DuckDBPreparedStatement.class)) {
            watcher.scheduleWithFixedDelay(() -> watch(statement, progress, message, cancel), POLL_MILLIS, POLL_MILLIS,
                    TimeUnit.MILLISECONDS);
            try {
                statement.execute();
            } catch (SQLException e) {
                cancel.checkpoint();
                throw e;
            }
        } finally {
            watcher.shutdownNow();
            awaitQuietly(watcher);
        }
        cancel.checkpoint();
    }

    private static void watch(DuckDBPreparedStatement statement, ProgressListener progress, DoubleFunction<String> message,
                              Cancellation cancel) {
        try {
            if (cancel.isCancelled()) {
                statement.cancel();
                return;
            }
            QueryProgress done = statement.getQueryProgress();
            if (done.getPercentage() >= 0) {
                double fraction = Math.clamp(done.getPercentage() / 100, 0.0, 1.0);
                progress.update(fraction, message.apply(fraction));
            }
        } catch (SQLException | RuntimeException e) {
            // the statement finished between the check and the call; nothing to report or cancel
        }
    }

    private static void awaitQuietly(ScheduledExecutorService watcher) {
        try {
            watcher.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
