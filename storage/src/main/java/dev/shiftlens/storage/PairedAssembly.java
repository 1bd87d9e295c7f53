// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.ingest.Field;

import java.sql.SQLException;

/** Paired rows to pairs: classify, keep the first of each request id, store pairs, rejects and flags. */
final class PairedAssembly {

    /** What the assembly stored. */
    record Result(long pairs, long rejected, long duplicates) {
    }

    private PairedAssembly() {
    }

    static Result assemble(ImportWork work, StagedSource staged, ResolvedMapping mapping, String rows) throws SQLException {
        String source = MappedRows.quote(staged.name());
        work.execute("DROP TABLE IF EXISTS import_classified");
        work.execute("CREATE TEMP TABLE import_classified AS "
                + "SELECT *, " + MappedRows.timestamp("ts_text") + " AS ts, "
                + ImportWork.baseReason(mapping)
                + "WHEN baseline_output IS NULL AND candidate_output IS NULL THEN 'no output: neither "
                + mapping.describe(Field.BASELINE_OUTPUT).replace("'", "''") + " nor " + mapping.describe(Field.CANDIDATE_OUTPUT).replace("'", "''")
                + " has a value; if this is one model''s log, import it with --baseline/--candidate or as a cutover log' END AS base_reason, "
                + "coalesce(request_id, '" + staged.positionWord() + "-' || line) AS rid FROM " + rows);
        work.reasonWithDuplicates("import_classified", "rid", "import_reasoned", staged.positionWord(), "");
        long rejected = work.reject("SELECT " + source + " AS source, c.line, s.text, reason FROM import_reasoned c JOIN "
                + staged.table() + " s ON s.rowid = c.src_row WHERE reason IS NOT NULL");
        long duplicates = work.count("SELECT count(*) FROM import_reasoned_dups");
        work.execute("INSERT INTO pairs SELECT " + work.runId + ", (row_number() OVER (ORDER BY line) - 1)::INTEGER, rid, query, "
                + "coalesce(baseline_output, ''), coalesce(candidate_output, ''), ts, coalesce(baseline_model, ''), "
                + "coalesce(candidate_model, ''), metadata, line FROM import_reasoned WHERE reason IS NULL");
        long pairs = work.count("SELECT count(*) FROM pairs WHERE run_id = " + work.runId);
        work.flag("SELECT " + source + " AS source, line, rid AS request_id, unnest(["
                + ImportWork.outputFlag("baseline_output") + ", " + ImportWork.outputFlag("candidate_output") + ", "
                + ImportWork.timestampFlag() + "]) AS flag FROM import_reasoned WHERE reason IS NULL");
        work.dropReasoned("import_classified", "import_reasoned");
        return new Result(pairs, rejected, duplicates);
    }
}
