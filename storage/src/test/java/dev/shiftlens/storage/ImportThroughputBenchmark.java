// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;

/**
 * Benchmark program (not a test): import throughput of {@link RunStore#importPairs} beside DuckDB's own
 * {@code read_json} into a table on the same file in the same JVM (the ceiling), each into a fresh
 * workspace file. Alternates ceiling and import {@code rounds} times and reports the best of each, and
 * for every import round the seconds spent per stage (the first word of its progress messages).
 *
 * <pre>
 * BENCH_HEAP=-Xmx512m .ci/bench dev.shiftlens.storage.ImportThroughputBenchmark \
 *     sample-data/generated/100k/incident-export.jsonl 3
 * </pre>
 */
public final class ImportThroughputBenchmark {

    private ImportThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double megabytes = Files.size(file) / 1e6;
        Path scratch = Files.createTempDirectory("shiftlens-bench");
        double bestCeiling = Double.MAX_VALUE;
        double bestImport = Double.MAX_VALUE;
        long rows = 0;
        for (int round = 0; round < rounds; round++) {
            Path ceilingDb = scratch.resolve("ceiling-" + round + ".duckdb");
            long start = System.nanoTime();
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + ceilingDb);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t AS SELECT * FROM read_json('" + file.toAbsolutePath()
                        + "', format = 'newline_delimited')");
            }
            bestCeiling = Math.min(bestCeiling, (System.nanoTime() - start) / 1e9);

            Path workspace = scratch.resolve("import-" + round + ".duckdb");
            start = System.nanoTime();
            StageClock stages = new StageClock(start);
            try (RunStore store = RunStore.open(workspace)) {
                rows = store.importPairs(file, "bench", stages, Cancellation.none()).rowsStored();
            }
            double took = (System.nanoTime() - start) / 1e9;
            bestImport = Math.min(bestImport, took);
            stages.report(round, took);
            Files.deleteIfExists(ceilingDb);
            Files.deleteIfExists(workspace);
        }
        report(file, megabytes, rows, bestCeiling, bestImport);
    }

    /** Seconds spent in each stage of one import, a stage being the first word of the progress message. */
    private static final class StageClock implements ProgressListener {
        private final java.util.Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        private String stage = "opening";
        private long since;

        StageClock(long start) {
            this.since = start;
        }

        @Override
        public synchronized void update(double fraction, String message) {
            String next = message.split(" ", 2)[0];
            if (!next.equals(stage)) {
                long now = System.nanoTime();
                seconds.merge(stage, (now - since) / 1e9, Double::sum);
                stage = next;
                since = now;
            }
        }

        @SuppressWarnings("PMD.SystemPrintln")
        void report(int round, double total) {
            update(1, "closing");
            seconds.merge(stage, (System.nanoTime() - since) / 1e9, Double::sum);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  round %d import %.2f s:", round + 1, total));
            seconds.forEach((name, s) -> line.append(String.format(Locale.ROOT, " %s %.2f s;", name, s)));
            System.err.println(line);
        }
    }

    @SuppressWarnings("PMD.SystemPrintln")
    private static void report(Path file, double megabytes, long rows, double ceiling, double imported) {
        String line = String.format(Locale.ROOT,
                "%s: %.1f MB, %,d rows%n  read_json ceiling: %.2f s = %.1f MB/s, %,.0f rows/s%n"
                        + "  shiftlens import:  %.2f s = %.1f MB/s, %,.0f rows/s  (%.0f%% of the ceiling)%n",
                file.getFileName(), megabytes, rows, ceiling, megabytes / ceiling, rows / ceiling,
                imported, megabytes / imported, rows / imported, 100 * ceiling / imported);
        System.err.print(line);
    }
}
