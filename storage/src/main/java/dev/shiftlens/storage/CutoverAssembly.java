// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.ingest.CutoverSplit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * One log spanning a model change to before/after entries. No pairs: before and after are different
 * requests, so pairs come later from replaying the queries or matching similar ones.
 */
final class CutoverAssembly {

    /** What the split stored; {@code sides} is one line per side for the user. */
    record Result(long entries, long rejected, long duplicates, long before, long after, List<String> sides) {
    }

    private CutoverAssembly() {
    }

    static Result assemble(ImportWork work, StagedSource staged, ResolvedMapping mapping, String rows, CutoverSplit split)
            throws SQLException {
        String versionColumn = "coalesce(version, model)";
        work.execute("DROP TABLE IF EXISTS import_classified");
        work.execute("CREATE TEMP TABLE import_classified AS "
                + "WITH checked AS (SELECT *, " + MappedRows.timestamp("ts_text") + " AS ts, " + versionColumn + " AS ver FROM " + rows + ") "
                + "SELECT *, " + ImportWork.baseReason(mapping) + splitReason(split) + " END AS base_reason, "
                + "coalesce(request_id, 'line-' || line) AS rid FROM checked");
        work.reasonWithDuplicates("import_classified", "rid", "import_reasoned", staged.positionWord(), "");
        String side = sideExpression(work, split);
        work.execute("INSERT INTO log_entries SELECT " + work.runId + ", (row_number() OVER (ORDER BY line) - 1)::INTEGER, "
                + side + ", rid, query, coalesce(output, ''), coalesce(model, ''), coalesce(ver, ''), ts, metadata, "
                + MappedRows.quote(staged.name()) + ", line FROM import_reasoned WHERE reason IS NULL");
        long rejected = work.reject("SELECT " + MappedRows.quote(staged.name()) + " AS source, c.line, s.text, reason FROM import_reasoned c JOIN "
                + staged.table() + " s ON s.rowid = c.src_row WHERE reason IS NOT NULL");
        long duplicates = work.count("SELECT count(*) FROM import_reasoned_dups");
        work.flag("SELECT " + MappedRows.quote(staged.name()) + " AS source, line, rid AS request_id, unnest(["
                + ImportWork.outputFlag("output") + ", " + ImportWork.timestampFlag() + "]) AS flag FROM import_reasoned WHERE reason IS NULL");
        work.dropReasoned("import_classified", "import_reasoned");
        long before = work.count("SELECT count(*) FROM log_entries WHERE run_id = " + work.runId + " AND side = 'before'");
        long after = work.count("SELECT count(*) FROM log_entries WHERE run_id = " + work.runId + " AND side = 'after'");
        return new Result(before + after, rejected, duplicates, before, after, describeSides(work));
    }

    private static String splitReason(CutoverSplit split) {
        return switch (split) {
            case CutoverSplit.ByTime t -> "WHEN ts IS NULL THEN 'no readable timestamp: cannot tell whether the row is before or after the cutover; "
                    + "map timestamp=FIELD or split by version' ";
            case CutoverSplit.ByVersion v -> "WHEN ver IS NULL THEN 'no version or model: cannot tell whether the row is before or after the cutover; "
                    + "map version=FIELD or split by --cutover TIME' ";
        };
    }

    private static String sideExpression(ImportWork work, CutoverSplit split) throws SQLException {
        return switch (split) {
            case CutoverSplit.ByTime(var at) -> "CASE WHEN ts < '" + Timestamp.from(at).toInstant() + "'::TIMESTAMPTZ THEN 'before' ELSE 'after' END";
            case CutoverSplit.ByVersion(var before) -> "CASE WHEN ver = " + MappedRows.quote(before.orElse(earliestVersion(work))) + " THEN 'before' ELSE 'after' END";
        };
    }

    /** The version of the earliest usable row: by timestamp when rows have one, else by position. */
    private static String earliestVersion(ImportWork work) throws SQLException {
        try (PreparedStatement select = work.connection.prepareStatement(
                "SELECT ver FROM import_reasoned WHERE reason IS NULL ORDER BY ts NULLS LAST, line LIMIT 1");
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    private static List<String> describeSides(ImportWork work) throws SQLException {
        List<String> sides = new ArrayList<>();
        try (PreparedStatement select = work.connection.prepareStatement("""
                SELECT side, count(*), string_agg(DISTINCT version, ', ' ORDER BY version), min(ts), max(ts)
                FROM log_entries WHERE run_id = ? GROUP BY side ORDER BY side DESC""")) {
            select.setInt(1, work.runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Object from = rows.getObject(4);
                    sides.add("%s: %,d entries, version %s%s".formatted(rows.getString(1), rows.getLong(2), rows.getString(3),
                            from == null ? "" : ", " + from + " to " + rows.getObject(5)));
                }
            }
        }
        return sides;
    }
}
