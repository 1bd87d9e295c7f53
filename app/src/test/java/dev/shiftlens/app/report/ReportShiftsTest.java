// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixture's summary has one material shift (58% shorter) and one that is not (refusals 0% → 8.3%). */
class ReportShiftsTest {

    @TempDir
    Path dir;

    @Test
    void analysisJsonListsEveryShiftUnderSummaryShifts() throws IOException {
        Path file = dir.resolve("analysis.json");
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            int runId = ReportFixture.create(store, dir);
            AnalysisArtifact.write(file, store, runId, store.analysis(runId).orElseThrow());
        }

        JsonNode shifts = new ObjectMapper().readTree(file.toFile()).path("summary").path("shifts");

        assertThat(shifts.isArray()).isTrue();
        assertThat(shifts).hasSize(2);
        JsonNode shorter = shifts.get(0);
        assertThat(shorter.path("metric").asText()).isEqualTo("chars");
        assertThat(shorter.path("kind").asText()).isEqualTo("ratio");
        assertThat(shorter.path("change").asDouble()).isEqualTo(0.42);
        assertThat(shorter.path("ci_low").asDouble()).isEqualTo(0.38);
        assertThat(shorter.path("ci_high").asDouble()).isEqualTo(0.47);
        assertThat(shorter.path("direction").asText()).isEqualTo("down");
        assertThat(shorter.path("material").asBoolean()).isTrue();
        assertThat(shorter.path("description").asText()).isEqualTo(ReportFixture.SHORTER.description());
        assertThat(shifts.get(1).path("material").asBoolean()).isFalse();
    }

    @Test
    void bothReportsShowTheMaterialShiftsInARunLevelShiftsSection() {
        Path out = ReportFiles.write(dir, ReportOptions.defaults());

        String html = ReportFiles.read(out.resolve("report.html"));
        String section = html.substring(html.indexOf("<section id=\"shifts\">"), html.indexOf("</section>", html.indexOf("<section id=\"shifts\">")));
        assertThat(section).contains("<h2>Run-level shifts</h2>")
                .contains("<ul class=\"shifts\">\n<li>" + HtmlText.escape(ReportFixture.SHORTER.description()) + "</li>\n</ul>")
                .contains("All 2 measured shifts");
        String markdown = ReportFiles.read(out.resolve("report.md"));
        assertThat(markdown).contains("## Run-level shifts\n\n- " + MarkdownText.inline(ReportFixture.SHORTER.description()) + "\n\n")
                .doesNotContain("- " + MarkdownText.inline(ReportFixture.REFUSALS.description()));
    }

    @Test
    void anAnalysisStoredBeforeShiftsExistedSaysTheyWereNotMeasured() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            int runId = ReportFixture.create(store, dir);
            RunAnalysis stored = store.analysis(runId).orElseThrow();
            AnalysisSummary s = stored.summary();
            AnalysisSummary withoutShifts = new AnalysisSummary(s.pairs(), s.diverged(), s.clustered(), s.clusters(), s.noiseFloor(),
                    s.noiseFloorMethod(), s.regressionShare(), s.improvementShare(), s.headline());
            RunAnalysis older = new RunAnalysis(withoutShifts, stored.clusters(), stored.pairs(), stored.settings());
            new ReportWriter(store, ReportOptions.defaults(), Clock.systemUTC()).write(runId, older, Optional.empty(),
                    EnumSet.of(ReportFormat.HTML, ReportFormat.MARKDOWN), out);
        }

        assertThat(ReportFiles.read(out.resolve("report.html"))).contains("Not measured: this analysis predates run-level shifts.");
        assertThat(ReportFiles.read(out.resolve("report.md"))).contains("Not measured: this analysis predates run-level shifts.");
    }
}
