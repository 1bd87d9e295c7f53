// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.report;

import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReportEarlierFindingsTest {

    @TempDir
    Path folder;

    @Test
    void aNoteWhoseClusterAReanalysisDidNotFindAgainIsReportedApartAndEscaped() throws Exception {
        Path out = Files.createDirectories(folder.resolve("out"));
        try (RunStore store = RunStore.open(folder.resolve("workspace.duckdb"))) {
            int runId = ReportFixture.create(store, folder); // the reviewer's note is on cluster 1
            RunAnalysis again = withoutCluster(ReportFixture.analysis(), 1);
            store.saveAnalysis(runId, again);

            new ReportWriter(store, ReportOptions.defaults(), ReportFiles.FIXED)
                    .write(runId, again, Optional.empty(), EnumSet.of(ReportFormat.HTML, ReportFormat.MARKDOWN), out);
        }

        String html = ReportFiles.read(out.resolve("report.html"));
        assertThat(html).contains("<h2>Findings from an earlier analysis</h2>",
                "“Formula-looking answers” (earlier cluster #1, 2 pairs): marked regression — Confirmed with support: "
                        + "&lt;b&gt;customers noticed&lt;/b&gt;").doesNotContain("<b>customers noticed</b>");
        assertThat(ReportFiles.read(out.resolve("report.md"))).contains("## Findings from an earlier analysis", "customers noticed");
    }

    @Test
    void aReportWithoutEarlierFindingsHasNoSuchSection() {
        Path out = ReportFiles.write(folder, ReportOptions.defaults());

        assertThat(ReportFiles.read(out.resolve("report.html"))).doesNotContain("Findings from an earlier analysis");
    }

    private static RunAnalysis withoutCluster(RunAnalysis analysis, int gone) {
        return new RunAnalysis(analysis.summary(), analysis.clusters().stream().filter(c -> c.id() != gone).toList(),
                analysis.pairs().stream().map(p -> p.cluster() != gone ? p : new PairOutcome(p.pairId(), p.requestId(),
                        p.divergence(), p.diverged(), PairOutcome.NO_CLUSTER, p.x(), p.y(), p.metrics(), p.changes())).toList(),
                analysis.settings());
    }
}
