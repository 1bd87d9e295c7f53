// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.ingest.Field;

import java.sql.SQLException;

/**
 * Paired rows to pairs, in two steps. {@link #classify} runs before the run's transaction and builds
 * temporary tables only: each row's fields, timestamp, reason (staging problem, invalid JSON, missing
 * query or output, duplicate request id; the first of each id is kept) and pair id. {@link #store}
 * runs inside the transaction and writes pairs, rejects and flags from them. DuckDB scans a table
 * created inside an open transaction on one thread, so building the wide rows first and committing
 * them lets the insert, the checks and the personal-data scan read them on all cores.
 */
final class PairedAssembly {

    /** The classified rows; dropped by the importer's clean-up with the staging tables. */
    static final String CLASSIFIED = "import_classified";
    static final String REASONED = "import_reasoned";

    /** What the assembly stored. */
    record Result(long pairs, long rejected, long duplicates) {
    }

    private PairedAssembly() {
    }

    static void classify(ImportWork work, StagedSource staged, ResolvedMapping mapping, String rows) throws SQLException {
        work.execute("DROP TABLE IF EXISTS " + CLASSIFIED);
        work.execute("CREATE TEMP TABLE " + CLASSIFIED + " AS "
                + "SELECT *, " + MappedRows.timestamp("ts_text") + " AS ts, "
                + ImportWork.baseReason(mapping)
                + "WHEN baseline_output IS NULL AND candidate_output IS NULL THEN 'no output: neither "
                + mapping.describe(Field.BASELINE_OUTPUT).replace("'", "''") + " nor " + mapping.describe(Field.CANDIDATE_OUTPUT).replace("'", "''")
                + " has a value; if this is one model''s log, import it with --baseline/--candidate or as a cutover log' END AS base_reason, "
                + "coalesce(request_id, '" + staged.positionWord() + "-' || line) AS rid, NULL::INTEGER AS pair_id FROM " + rows);
        work.reasonWithDuplicates(CLASSIFIED, "rid", REASONED, staged.positionWord(), "");
        // pair ids are numbered over (line) alone and written into the classified rows, so the wide rows
        // are neither sorted (a window ordered over them took 26 s of 36 s on a million pairs) nor
        // carried through a join (twice the insert's time); rejected rows keep no pair id
        work.execute("DROP TABLE IF EXISTS import_pair_ids");
        work.execute("CREATE TEMP TABLE import_pair_ids AS SELECT line, (row_number() OVER (ORDER BY line) - 1)::INTEGER AS pair_id "
                + "FROM " + REASONED + " WHERE reason IS NULL");
        work.execute("UPDATE " + CLASSIFIED + " SET pair_id = i.pair_id FROM import_pair_ids i "
                + "WHERE " + CLASSIFIED + ".line = i.line AND " + CLASSIFIED + ".base_reason IS NULL");
        work.execute("DROP TABLE import_pair_ids");
    }

    static Result store(ImportWork work, StagedSource staged) throws SQLException {
        String source = MappedRows.quote(staged.name());
        long rejected = work.reject("SELECT " + source + " AS source, c.line, s.text, reason FROM " + REASONED + " c JOIN "
                + staged.table() + " s ON s.rowid = c.src_row WHERE reason IS NOT NULL");
        long duplicates = work.count("SELECT count(*) FROM " + REASONED + "_dups");
        work.insertUnordered("INSERT INTO pairs SELECT " + work.runId + ", pair_id, rid, query, "
                + "coalesce(baseline_output, ''), coalesce(candidate_output, ''), ts, coalesce(baseline_model, ''), "
                + "coalesce(candidate_model, ''), metadata, line FROM " + CLASSIFIED + " WHERE pair_id IS NOT NULL");
        long pairs = work.count("SELECT count(*) FROM pairs WHERE run_id = " + work.runId);
        work.flag("SELECT " + source + " AS source, line, rid AS request_id, unnest(["
                + ImportWork.outputFlag("baseline_output") + ", " + ImportWork.outputFlag("candidate_output") + ", "
                + ImportWork.timestampFlag() + "]) AS flag FROM " + CLASSIFIED + " WHERE pair_id IS NOT NULL");
        return new Result(pairs, rejected, duplicates);
    }

    /** The stored pairs' texts as the personal-data scan reads them: the committed classified rows, equal to what was stored. */
    static String storedTexts() {
        return "(SELECT query, coalesce(baseline_output, '') AS baseline_output, coalesce(candidate_output, '') AS candidate_output FROM "
                + CLASSIFIED + " WHERE pair_id IS NOT NULL)";
    }
}
