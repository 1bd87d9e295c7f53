// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.app.report.ReportFixtures;
import dev.shiftlens.app.ui.SampleWorkspace;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesTheChosenFormatsOfAStoredRun() {
        Path workspace = ReportFixtures.workspace(folder);
        Path out = folder.resolve("report");

        CliRun run = CliRun.of("report", "--workspace", workspace.toString(), "--run", "1", "--out", out.toString(),
                "--format", "md,csv");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(out.resolve("report.md")).isNotEmptyFile();
        assertThat(out.resolve("pairs.csv")).isNotEmptyFile();
        assertThat(out.resolve("report.html")).doesNotExist();
    }

    @Test
    void anUnknownRunIsAUsageErrorListingTheRuns() {
        Path workspace = ReportFixtures.workspace(folder);

        CliRun run = CliRun.of("report", "--workspace", workspace.toString(), "--run", "9", "--out", folder.resolve("r").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("no run 9").contains("1 (fixture.jsonl");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Path workspace = ReportFixtures.workspace(folder);

        CliRun run = CliRun.of("report", "--workspace", workspace.toString(), "--out", folder.resolve("r").toString(),
                "--format", "html,pdf");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("\"pdf\"").contains("html,md,json,csv");
    }

    @Test
    void aClusterScopedReportListsOnlyTheChosenClustersAndTheirPairs() throws IOException {
        Path workspace = ReportFixtures.workspace(folder);
        Path out = folder.resolve("scoped");

        CliRun run = CliRun.of("report", "--workspace", workspace.toString(), "--out", out.toString(),
                "--format", "html,md,csv,json", "--clusters", "1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(Files.readString(out.resolve("report.html"))).contains("Formula-looking answers", "Scope: cluster #1 (1 of 2 clusters)")
                .doesNotContain("Candidate 60% shorter");
        assertThat(Files.readString(out.resolve("report.md"))).contains("Formula-looking answers").doesNotContain("Candidate 60% shorter");
        assertThat(Files.readAllLines(out.resolve("pairs.csv"), StandardCharsets.UTF_8)).hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("req-001"))
                .anySatisfy(line -> assertThat(line).startsWith("req-003"));
        JsonNode artifact = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
        assertThat(artifact.path("run").path("scope").path("clusters").toString()).isEqualTo("[1]");
        assertThat(artifact.path("clusters").findValuesAsText("label")).containsExactly("Formula-looking answers");
        assertThat(artifact.path("pairs").findValuesAsText("request_id")).containsExactly("req-001", "req-003");
        assertThat(artifact.path("summary").path("pairs").asInt()).isEqualTo(12);
    }

    @Test
    void aClusterTheRunDoesNotHaveIsAUsageErrorListingItsClusters() {
        Path workspace = ReportFixtures.workspace(folder);

        CliRun run = CliRun.of("report", "--workspace", workspace.toString(), "--out", folder.resolve("r").toString(),
                "--clusters", "1,7");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("no cluster 7").contains("its clusters: 0, 1");
    }

    @Test
    void theReportsShowTheVersionSkewTheImportFound() throws IOException {
        Path workspace = folder.resolve("incident.duckdb");
        try (RunStore store = RunStore.open(workspace)) {
            int runId = store.importPairs(Path.of("..", "sample-data", "incident", "incident-export.jsonl"), "incident",
                    ProgressListener.NONE, new Cancellation()).runId();
            store.saveAnalysis(runId, SampleWorkspace.analysis(store.pairCount(runId)));
        }
        Path out = folder.resolve("skew");

        CliRun run = CliRun.of("report", "--workspace", workspace.toString(), "--out", out.toString(), "--format", "html,md");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(Files.readString(out.resolve("report.html"))).contains("<h2>Version skew</h2>",
                "<td>region=eu-west</td><td>prompt_version v46, rest on v47</td><td>2026-04-08 – 2026-04-12 (5 days)</td>");
        assertThat(Files.readString(out.resolve("report.md"))).contains("## Version skew",
                "| region=eu-west | prompt\\_version v46, rest on v47 | 2026-04-08 – 2026-04-12 (5 days) | 233 |");
    }
}
