// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The import and analyze commands on the sample incident's log shapes, through the real command line. */
class ImportCommandTest {

    private static final Path SAMPLE = Path.of("..", "sample-data", "incident");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true));
        return ShiftlensCommand.run(args, console, (workspace, input) -> { });
    }

    @Test
    void perModelLogsAreJoinedAndTheReportShowsMatchesAndVersionSkew() {
        int exit = run("import", "--baseline", SAMPLE.resolve("baseline.jsonl").toString(),
                "--candidate", SAMPLE.resolve("candidate.jsonl").toString(), "--workspace", dir.resolve("ws.duckdb").toString());

        assertThat(exit).isZero();
        assertThat(err.toString()).contains("paired 3,000: 3,000 by request_id")
                .contains("version skew: region=eu-west on prompt_version v46 while the rest was on v47: 233 rows");
        assertThat(out.toString()).contains("6,000 rows read = 6,000 stored + 0 rejected");
    }

    @Test
    void previewShowsTheInferredMappingAndFirstRowsWithoutImporting() {
        int exit = run("import", "--input", SAMPLE.resolve("incident-export.csv").toString(), "--preview",
                "--workspace", dir.resolve("ws.duckdb").toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("import shape: paired log")
                .contains("--map request_id=request_id,query=query,baseline_output=baseline_output")
                .contains("metadata.region=metadata.region")
                .contains("| request_id=req-000001");
    }

    @Test
    void mappingNamingAMissingColumnIsAnInputErrorBeforeAnyWork() {
        int exit = run("import", "--input", SAMPLE.resolve("incident-export.jsonl").toString(), "--map", "query=prompt",
                "--workspace", dir.resolve("ws.duckdb").toString());

        assertThat(exit).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("incident-export.jsonl has no field `prompt`");
    }

    @Test
    void analyzeOnACutoverLogStoresItAndPointsToMatch() {
        int exit = run("analyze", "--input", SAMPLE.resolve("cutover.jsonl").toString(), "--out", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("stored as a cutover log (run 1:")
                .contains("nothing analysed")
                .contains("shiftlens match --input " + SAMPLE.resolve("cutover.jsonl"))
                .contains("--baseline FILE --candidate FILE");
    }
}
