// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed shapes carry the same requests and texts; checked with DuckDB, the reader storage uses. */
class ExportShapesAgreeTest {

    private static final Path DIR = GeneratedIncident.COMMITTED;
    private static Connection duckdb;
    private static Statement sql;

    @BeforeAll
    static void openViews() throws SQLException {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        sql = duckdb.createStatement();
        sql.execute("SET TimeZone = 'UTC'");
        sql.execute("CREATE VIEW pairs AS SELECT * FROM " + ColumnarCopies.pairedJsonl(DIR));
        sql.execute("CREATE VIEW csv_pairs AS SELECT * FROM read_csv('" + file(ExportFiles.PAIRED_CSV) + "', header = true, all_varchar = true)");
        sql.execute("CREATE VIEW parquet_pairs AS SELECT * FROM read_parquet('" + file(ExportFiles.PAIRED_PARQUET) + "')");
        for (String log : new String[] {"baseline", "candidate", "cutover"}) {
            sql.execute("CREATE VIEW " + log + "_log AS SELECT * FROM read_json('" + file(log + ".jsonl")
                    + "', format = 'newline_delimited', columns = {request_id: 'VARCHAR', query: 'VARCHAR', output: 'VARCHAR', "
                    + ("cutover".equals(log) ? "model_version" : "model") + ": 'VARCHAR', timestamp: 'VARCHAR', "
                    + "metadata: 'STRUCT(region VARCHAR, tier VARCHAR, language VARCHAR, channel VARCHAR, prompt_version VARCHAR)'})");
        }
        sql.execute("CREATE VIEW truth AS SELECT * FROM read_csv('" + file(ExportFiles.TRUTH_CSV) + "', header = true, all_varchar = true)");
    }

    @AfterAll
    static void close() throws SQLException {
        duckdb.close();
    }

    @Test
    void pairedExportHoldsTheDefaultNumberOfDistinctRequests() throws SQLException {
        assertThat(count("SELECT count(*) FROM pairs")).isEqualTo(SampleIncident.DEFAULT_PAIRS);
        assertThat(count("SELECT count(DISTINCT request_id) FROM pairs")).isEqualTo(SampleIncident.DEFAULT_PAIRS);
    }

    @Test
    void csvCarriesExactlyTheJsonlRows() throws SQLException {
        String fromJsonl = """
                SELECT request_id, query, baseline_output, candidate_output, timestamp, baseline_model, candidate_model,
                       metadata.region, metadata.tier, metadata.language, metadata.channel, metadata.prompt_version FROM pairs""";
        String fromCsv = """
                SELECT request_id, query, baseline_output, candidate_output, timestamp, baseline_model, candidate_model,
                       "metadata.region", "metadata.tier", "metadata.language", "metadata.channel", "metadata.prompt_version" FROM csv_pairs""";
        assertSameRows(fromJsonl, fromCsv);
    }

    @Test
    void parquetCarriesExactlyTheJsonlRows() throws SQLException {
        String fromJsonl = """
                SELECT request_id, query, baseline_output, candidate_output, CAST(timestamp AS TIMESTAMPTZ), baseline_model,
                       candidate_model, metadata FROM pairs""";
        String fromParquet = """
                SELECT request_id, query, baseline_output, candidate_output, timestamp, baseline_model, candidate_model, metadata
                FROM parquet_pairs""";
        assertSameRows(fromJsonl, fromParquet);
    }

    @Test
    void perModelLogsJoinBackToThePairsOnRequestId() throws SQLException {
        assertSameRows("SELECT request_id, query, baseline_output, timestamp, baseline_model FROM pairs",
                "SELECT request_id, query, output, timestamp, model FROM baseline_log");
        assertSameRows("SELECT request_id, query, candidate_output, timestamp, candidate_model, metadata FROM pairs",
                "SELECT request_id, query, output, timestamp, model, metadata FROM candidate_log");
        assertThat(count("SELECT count(*) FROM baseline_log WHERE metadata.prompt_version <> 'v46'")).isZero();
    }

    @Test
    void cutoverLogHasOnlyBaselineBeforeAndOnlyCandidateAfter() throws SQLException {
        String cutover = "TIMESTAMPTZ '2026-04-06 00:00:00+00'";
        assertThat(count("SELECT count(*) FROM cutover_log")).isEqualTo(SampleIncident.DEFAULT_PAIRS);
        assertThat(count("SELECT count(*) FROM cutover_log WHERE (model_version = 'prod-2026-03') <> (CAST(timestamp AS TIMESTAMPTZ) < "
                + cutover + ")")).isZero();
        assertThat(count("SELECT count(*) FROM cutover_log WHERE model_version = 'prod-2026-03'")).isBetween(1350L, 1650L);
        assertThat(count("""
                SELECT count(*) FROM cutover_log c JOIN pairs p USING (request_id)
                WHERE c.model_version = 'prod-2026-03'
                  AND c.output = p.baseline_output
                  AND CAST(c.timestamp AS TIMESTAMPTZ) = CAST(p.timestamp AS TIMESTAMPTZ) - INTERVAL 14 DAY""")
                + count("""
                SELECT count(*) FROM cutover_log c JOIN pairs p USING (request_id)
                WHERE c.model_version = 'cand-2026-04' AND c.output = p.candidate_output AND c.timestamp = p.timestamp"""))
                .isEqualTo(SampleIncident.DEFAULT_PAIRS);
    }

    @Test
    void cutoverLogIsInTimeOrder() throws SQLException {
        assertThat(count("""
                SELECT count(*) FROM (SELECT timestamp, lag(timestamp) OVER (ORDER BY rowid) AS previous FROM
                  (SELECT *, row_number() OVER () AS rowid FROM cutover_log))
                WHERE previous > timestamp""")).isZero();
    }

    @Test
    void truthCoversEveryRequestExactlyOnce() throws SQLException {
        assertThat(count("SELECT count(*) FROM truth")).isEqualTo(SampleIncident.DEFAULT_PAIRS);
        assertThat(count("SELECT count(*) FROM pairs p FULL JOIN truth t USING (request_id) WHERE p.request_id IS NULL OR t.request_id IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM truth WHERE version_skew NOT IN ('true', 'false')")).isZero();
    }

    private static void assertSameRows(String left, String right) throws SQLException {
        assertThat(count("SELECT count(*) FROM (" + left + " EXCEPT ALL " + right + ")")).as("rows only in %s", left).isZero();
        assertThat(count("SELECT count(*) FROM (" + right + " EXCEPT ALL " + left + ")")).as("rows only in %s", right).isZero();
        assertThat(count("SELECT count(*) FROM (" + right + ")")).isEqualTo(count("SELECT count(*) FROM (" + left + ")"));
    }

    private static long count(String query) throws SQLException {
        try (var result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String file(String name) {
        return ColumnarCopies.sqlPath(DIR.resolve(name));
    }
}
