// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.app.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
