// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.ingest.SourceFile;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * The fast way to stage an uncompressed JSONL file: DuckDB's CSV reader splits the lines on all cores,
 * configured so it can only ever return each physical line whole or fail:
 * <ul>
 *   <li>one VARCHAR column, no header, no quote or escape character, a delimiter (byte 0x01) that valid
 *       JSON cannot contain outside an escape, so a line is never split or joined;</li>
 *   <li>the reader's default strict mode with the line ending fixed from the first line ({@code \n} or {@code \r\n}), so a
 *       stray CR or a file mixing endings is an error, not a silently shifted line number;</li>
 *   <li>DuckDB validates UTF-8 and fails on the first bad byte, and strips a leading BOM.</li>
 * </ul>
 * The reader keeps the file's order (insertion order is preserved), so {@code row_number() OVER ()} is
 * the line number; an empty line comes back as NULL and is dropped, keeping later numbers exact. As a
 * guard against any reader surprise, the lines' bytes plus their line endings must add up to the
 * file's size, or the file is read again by Java.
 * Whenever DuckDB refuses the file (bad UTF-8, mixed line endings, a stray 0x01 byte, a line over
 * {@link #LONG_LINE_BYTES}) this class reports {@link Optional#empty()} and the caller reads the file
 * with {@link Utf8LineReader} instead, which names each bad line. Lines that do not start with
 * {@code {} (rare) are checked in Java with the same rules as the Java path: blank lines are dropped,
 * other shapes get their problem.
 */
final class ParallelLineStaging {

    /** DuckDB's default; lines up to this size keep the reader's buffers small and all cores busy. */
    private static final long DEFAULT_LINE_BYTES = 2_097_152;
    /** The second attempt's limit when a line is longer than the default (a 20 MB output, say). */
    static final long LONG_LINE_BYTES = 67_108_864;

    private final DuckDBConnection connection;

    ParallelLineStaging(DuckDBConnection connection) {
        this.connection = connection;
    }

    /** The staged lines, or empty when DuckDB refused the file and the Java reader must read it. */
    Optional<StagedSource> stage(SourceFile source, String table, long size, ProgressListener progress, Cancellation cancel)
            throws SQLException {
        FileStart start = FileStart.of(source);
        Attempt attempt = tryRead(source, table, start, DEFAULT_LINE_BYTES, size, progress, cancel);
        if (attempt == Attempt.LINE_TOO_LONG) {
            attempt = tryRead(source, table, start, LONG_LINE_BYTES, size, progress, cancel);
        }
        if (attempt != Attempt.READ) {
            return Optional.empty();
        }
        checkNonObjectLines(table);
        long rows = count("SELECT count(*) FROM " + table);
        progress.update(1, "read %s, %,d rows of %s".formatted(megabytes(size), rows, source.name()));
        return Optional.of(new StagedSource(source, table, rows, "line"));
    }

    /** How one read went: every line staged, a line over the limit, or refused for another reason. */
    private enum Attempt { READ, LINE_TOO_LONG, REFUSED }

    private Attempt tryRead(SourceFile source, String table, FileStart start, long maxLineBytes, long size,
                            ProgressListener progress, Cancellation cancel) throws SQLException {
        // strict_mode is left at its default (strict): DuckDB 1.4.4 returns no rows for a CRLF file when
        // strict_mode = true is spelled out, while the default rejects mixed endings and stray CRs as wanted
        String sql = "CREATE TEMP TABLE " + table + " AS SELECT row_number() OVER () AS line, text, NULL::VARCHAR AS problem "
                + "FROM read_csv(" + SourceInput.sqlLiteral(source.path())
                + ", columns = {'text': 'VARCHAR'}, header = false, auto_detect = false, delim = chr(1), quote = '', escape = '', "
                + "new_line = '" + (start.crlf() ? "\\r\\n" : "\\n") + "', max_line_size = " + maxLineBytes
                + (maxLineBytes > DEFAULT_LINE_BYTES ? ", buffer_size = " + 2 * maxLineBytes : "") + ")";
        try {
            WatchedStatement.execute(connection, sql, progress,
                    fraction -> "read %s of %s of %s".formatted(megabytes((long) (fraction * size)), megabytes(size), source.name()),
                    cancel);
        } catch (SQLException e) {
            execute("DROP TABLE IF EXISTS " + table);
            return String.valueOf(e.getMessage()).contains("Maximum line size") ? Attempt.LINE_TOO_LONG : Attempt.REFUSED;
        }
        if (!accountsForEveryByte(table, start, size)) {
            execute("DROP TABLE IF EXISTS " + table);
            return Attempt.REFUSED;
        }
        return Attempt.READ;
    }

    /**
     * The lines' bytes plus one line ending each (the last may lack one) must add up to the file's size
     * without its BOM: a reader that dropped, merged or cut a line cannot pass this.
     */
    private boolean accountsForEveryByte(String table, FileStart start, long size) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*), coalesce(sum(strlen(text)), 0) FROM " + table)) {
            result.next();
            long ending = start.crlf() ? 2 : 1;
            long accounted = result.getLong(2) + result.getLong(1) * ending;
            long expected = size - (start.bom() ? 3 : 0);
            return accounted == expected || accounted - ending == expected;
        }
    }

    /** What the first bytes say: a UTF-8 byte order mark, and whether the first line ends in CR LF (then every line must). */
    private record FileStart(boolean bom, boolean crlf) {

        static FileStart of(SourceFile source) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(source.path()), 1 << 16)) {
                in.mark(3);
                boolean bom = in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF;
                if (!bom) {
                    in.reset();
                }
                int previous = -1;
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    previous = b;
                }
                return new FileStart(bom, b == '\n' && previous == '\r');
            } catch (IOException e) {
                throw new InputFileException(SourceInput.unreadable(source, e), e);
            }
        }
    }

    /** Blank lines are dropped and other non-object lines get the Java path's problem; objects start with '{'. */
    private void checkNonObjectLines(String table) throws SQLException {
        String checks = table + "_checks";
        execute("DROP TABLE IF EXISTS " + checks);
        execute("DELETE FROM " + table + " WHERE text IS NULL");
        execute("CREATE TEMP TABLE " + checks + " (line BIGINT, blank BOOLEAN, problem VARCHAR)");
        boolean any = false;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT line, text FROM " + table + " WHERE NOT starts_with(text, '{')");
             DuckDBAppender appender = connection.createAppender("temp", "main", checks)) {
            while (rows.next()) {
                String text = rows.getString(2);
                boolean blank = text.isBlank();
                String problem = blank ? null : SourceStaging.shapeProblem(text);
                if (blank || problem != null) {
                    appender.beginRow().append(rows.getLong(1)).append(blank);
                    if (problem == null) {
                        appender.appendNull();
                    } else {
                        appender.append(problem);
                    }
                    appender.endRow();
                    any = true;
                }
            }
        }
        if (any) {
            execute("DELETE FROM " + table + " WHERE line IN (SELECT line FROM " + checks + " WHERE blank)");
            execute("UPDATE " + table + " SET problem = c.problem FROM " + checks + " c WHERE " + table + ".line = c.line AND NOT c.blank");
        }
        execute("DROP TABLE " + checks);
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
