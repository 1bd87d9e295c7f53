// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.ingest.JoinKey;

import java.sql.SQLException;

/**
 * Two per-model logs to pairs: each side classified (and deduplicated by request id), then paired by
 * request id and/or normalised query. Rows left without a partner are rejects with a reason that
 * says so, so nothing disappears from the reconciliation.
 */
final class JoinedAssembly {

    /** What the join did. */
    record Result(long pairs, long rejected, long duplicates, long matchedById, long matchedByQuery,
                  long unmatchedBaseline, long unmatchedCandidate) {
    }

    /** Case-folded, punctuation collapsed: "Is my TV under warranty?" and "is my tv under warranty" meet. */
    static final String NORMALISED_QUERY = "trim(lower(regexp_replace(query, '[^\\p{L}\\p{N}]+', ' ', 'g')))";

    private JoinedAssembly() {
    }

    static Result assemble(ImportWork work, StagedSource baseline, ResolvedMapping baselineMapping, String baselineRows,
                           StagedSource candidate, ResolvedMapping candidateMapping, String candidateRows, JoinKey join)
            throws SQLException {
        classify(work, baseline, baselineMapping, baselineRows, "import_side_b");
        classify(work, candidate, candidateMapping, candidateRows, "import_side_c");
        work.execute("DROP TABLE IF EXISTS import_matches");
        work.execute("CREATE TEMP TABLE import_matches (b_line BIGINT, c_line BIGINT, matched_by VARCHAR)");
        if (join != JoinKey.NORMALISED_QUERY) {
            work.execute("INSERT INTO import_matches SELECT b.line, c.line, 'request_id' FROM import_side_b b JOIN import_side_c c "
                    + "ON b.request_id = c.request_id WHERE b.reason IS NULL AND c.reason IS NULL");
        }
        if (join != JoinKey.REQUEST_ID) {
            work.execute("INSERT INTO import_matches SELECT b.line, c.line, 'query' FROM "
                    + leftovers("import_side_b", "b_line") + " b JOIN " + leftovers("import_side_c", "c_line")
                    + " c ON b.nq = c.nq AND b.k = c.k");
        }
        long byId = work.count("SELECT count(*) FROM import_matches WHERE matched_by = 'request_id'");
        long byQuery = work.count("SELECT count(*) FROM import_matches WHERE matched_by = 'query'");
        work.execute("INSERT INTO pairs SELECT " + work.runId + ", (row_number() OVER (ORDER BY b.line) - 1)::INTEGER, "
                + "coalesce(b.request_id, c.request_id, 'line-' || b.line), b.query, coalesce(b.output, ''), coalesce(c.output, ''), "
                + "coalesce(b.ts, c.ts), coalesce(b.model, ''), coalesce(c.model, ''), json_merge_patch(b.metadata, c.metadata), b.line "
                + "FROM import_matches m JOIN import_side_b b ON b.line = m.b_line JOIN import_side_c c ON c.line = m.c_line");
        long pairs = byId + byQuery;
        long rejected = rejectSide(work, baseline, "import_side_b", "b_line", "candidate", join)
                + rejectSide(work, candidate, "import_side_c", "c_line", "baseline", join);
        long unmatchedB = work.count("SELECT count(*) FROM import_side_b WHERE reason IS NULL AND line NOT IN (SELECT b_line FROM import_matches)");
        long unmatchedC = work.count("SELECT count(*) FROM import_side_c WHERE reason IS NULL AND line NOT IN (SELECT c_line FROM import_matches)");
        long duplicates = work.count("SELECT (SELECT count(*) FROM import_side_b WHERE reason LIKE 'duplicate request_id%') "
                + "+ (SELECT count(*) FROM import_side_c WHERE reason LIKE 'duplicate request_id%')");
        flagSide(work, baseline, "import_side_b", "b_line", "baseline_output");
        flagSide(work, candidate, "import_side_c", "c_line", "candidate_output");
        work.execute("DROP TABLE import_matches");
        work.execute("DROP TABLE import_side_b");
        work.execute("DROP TABLE import_side_c");
        return new Result(pairs, rejected, duplicates, byId, byQuery, unmatchedB, unmatchedC);
    }

    private static void classify(ImportWork work, StagedSource staged, ResolvedMapping mapping, String rows, String table)
            throws SQLException {
        work.execute("DROP TABLE IF EXISTS " + table);
        work.execute("CREATE TEMP TABLE " + table + " AS "
                + "WITH checked AS (SELECT line, src_row, request_id, query, output, ts_text, " + MappedRows.timestamp("ts_text") + " AS ts, "
                + "coalesce(model, version) AS model, metadata, " + NORMALISED_QUERY + " AS nq, "
                + ImportWork.baseReason(mapping) + "END AS base_reason FROM " + rows + ") "
                + "SELECT *, CASE WHEN base_reason IS NOT NULL THEN base_reason "
                + "WHEN request_id IS NOT NULL AND row_number() OVER (PARTITION BY request_id, base_reason IS NULL ORDER BY line) > 1 "
                + "THEN 'duplicate request_id `' || request_id || '` in " + staged.name().replace("'", "''") + "; kept the first (" + staged.positionWord()
                + " ' || min(line) OVER (PARTITION BY request_id, base_reason IS NULL) || ')' END AS reason FROM checked");
    }

    /** Usable rows not yet matched, numbered within each normalised query so repeats pair in order. */
    private static String leftovers(String table, String matchColumn) {
        return "(SELECT line, nq, row_number() OVER (PARTITION BY nq ORDER BY line) AS k FROM " + table
                + " WHERE reason IS NULL AND nq <> '' AND line NOT IN (SELECT " + matchColumn + " FROM import_matches))";
    }

    private static long rejectSide(ImportWork work, StagedSource staged, String table, String matchColumn, String otherSide,
                                   JoinKey join) throws SQLException {
        String how = switch (join) {
            case REQUEST_ID -> "the same request_id";
            case NORMALISED_QUERY -> "the same normalised query";
            case REQUEST_ID_THEN_QUERY -> "the same request_id or normalised query";
        };
        return work.reject("SELECT " + MappedRows.quote(staged.name()) + " AS source, c.line, s.text, "
                + "coalesce(reason, 'unmatched: no " + otherSide + " row with " + how
                + "; kept here, not paired (check that both logs cover the same requests)') AS reason FROM " + table
                + " c JOIN " + staged.table() + " s ON s.rowid = c.src_row"
                + " WHERE reason IS NOT NULL OR c.line NOT IN (SELECT " + matchColumn + " FROM import_matches)");
    }

    private static void flagSide(ImportWork work, StagedSource staged, String table, String matchColumn, String outputName)
            throws SQLException {
        work.flag("SELECT " + MappedRows.quote(staged.name()) + " AS source, line, coalesce(request_id, 'line-' || line) AS request_id, "
                + "unnest([CASE WHEN output IS NULL THEN '" + outputName + " missing or null; stored as empty' "
                + "WHEN output = '' THEN '" + outputName + " empty' END, " + ImportWork.timestampFlag() + "]) AS flag FROM " + table
                + " WHERE line IN (SELECT " + matchColumn + " FROM import_matches)");
    }
}
