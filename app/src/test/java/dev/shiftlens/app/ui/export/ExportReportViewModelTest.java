// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.export;

import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.app.report.ReportFixtures;
import dev.shiftlens.app.report.ReportFormat;
import dev.shiftlens.app.ui.clusters.ClusterRow;
import dev.shiftlens.app.ui.task.CurrentThreadTaskExecutor;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The export dialog's model on the report fixture's stored run (cluster 0 regression, cluster 1 with a finding), no toolkit. */
class ExportReportViewModelTest {

    private static final int RUN = 1;

    @TempDir
    Path folder;

    private RunStore store;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void openFixture() {
        store = RunStore.open(ReportFixtures.workspace(folder));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ExportReportViewModel dialog(OptionalInt focused) {
        Map<Integer, Finding> findings = store.findings(RUN).stream().collect(Collectors.toMap(Finding::clusterId, Function.identity()));
        List<ClusterRow> rows = store.clusters(RUN).stream()
                .map(c -> ClusterRow.of(c, Optional.ofNullable(findings.get(c.id())), c.id())).toList();
        return ExportReportViewModel.forRun(new CurrentThreadTaskExecutor(), store, RUN, "fixture", rows, focused, opened::add);
    }

    @Test
    void theFocusedClusterIsTheScopeAndTheReportHoldsItAlone() throws IOException {
        ExportReportViewModel export = dialog(OptionalInt.of(0));
        export.folderProperty().set(folder.resolve("out").toString());

        assertThat(export.scopeProperty().get()).isEqualTo(ExportReportViewModel.Scope.CHOSEN_CLUSTERS);
        assertThat(export.clusters()).filteredOn(ClusterChoice::chosen).extracting(ClusterChoice::id).containsExactly(0);
        export.export();

        assertThat(export.runningProperty().get()).isFalse();
        assertThat(export.writtenProperty().get()).extracting(p -> p.getFileName().toString()).containsExactly("report.html", "report.md");
        assertThat(Files.readString(folder.resolve("out/report.html"))).contains("Candidate 60% shorter", "Scope: cluster #0")
                .doesNotContain("Formula-looking answers");
        assertThat(export.statusProperty().get()).startsWith("Wrote report.html, report.md to ").contains(folder.resolve("out").toString());
        assertThat(export.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void withNoFocusTheWholeRunIsExportedAndClustersWithAFindingAreTickedForASwitch() throws IOException {
        ExportReportViewModel export = dialog(OptionalInt.empty());
        export.folderProperty().set(folder.resolve("whole").toString());
        export.formatProperty(ReportFormat.CSV).set(true);
        export.formatProperty(ReportFormat.JSON).set(true);

        assertThat(export.scopeProperty().get()).isEqualTo(ExportReportViewModel.Scope.WHOLE_RUN);
        assertThat(export.clusters()).filteredOn(ClusterChoice::chosen).extracting(ClusterChoice::id).containsExactly(1);
        export.export();

        assertThat(folder.resolve("whole")).isDirectoryContaining("glob:**/analysis.json").isDirectoryContaining("glob:**/pairs.csv")
                .isDirectoryContaining("glob:**/clusters.csv");
        assertThat(Files.readString(folder.resolve("whole/report.html"))).contains("Candidate 60% shorter", "Formula-looking answers")
                .doesNotContain("Scope:");
    }

    @Test
    void personalDataIsRedactedUnlessKeptAndKeepingItShowsAWarning() throws IOException {
        ExportReportViewModel export = dialog(OptionalInt.empty());
        export.folderProperty().set(folder.resolve("redacted").toString());
        assertThat(export.keepPiiProperty().get()).isFalse();
        assertThat(export.piiWarningProperty().get()).isEmpty();
        export.export();
        assertThat(Files.readString(folder.resolve("redacted/report.md"))).doesNotContain("jane.doe@example.com");

        export.keepPiiProperty().set(true);
        export.folderProperty().set(folder.resolve("kept").toString());
        export.export();

        assertThat(export.piiWarningProperty().get()).contains("emails", "API keys");
        assertThat(Files.readString(folder.resolve("kept/report.md"))).contains("--keep-pii");
    }

    @Test
    void exportIsRefusedWithAReasonUntilThereIsAFileAClusterAndAFolder() {
        ExportReportViewModel export = dialog(OptionalInt.empty());
        export.formatProperty(ReportFormat.HTML).set(false);
        export.formatProperty(ReportFormat.MARKDOWN).set(false);
        assertThat(export.problemProperty().get()).isEqualTo("Choose at least one file to write.");

        export.formatProperty(ReportFormat.MARKDOWN).set(true);
        export.scopeProperty().set(ExportReportViewModel.Scope.CHOSEN_CLUSTERS);
        export.clusters().forEach(c -> c.chosenProperty().set(false));
        assertThat(export.problemProperty().get()).isEqualTo("Tick at least one cluster, or export the whole run.");

        export.clusters().getFirst().chosenProperty().set(true);
        export.folderProperty().set("  ");
        assertThat(export.problemProperty().get()).isEqualTo("Choose a folder for the files.");

        export.export();
        assertThat(export.writtenProperty().get()).isEmpty();
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedInTheDialogAndNothingOpens() throws IOException {
        Path blocker = Files.writeString(folder.resolve("a-file"), "not a folder");
        ExportReportViewModel export = dialog(OptionalInt.empty());
        export.folderProperty().set(blocker.resolve("report").toString());

        export.export();

        assertThat(export.statusProperty().get()).startsWith("Export failed: Cannot create or write to the folder")
                .contains("Choose a folder you may write to");
        export.openReport();
        assertThat(opened).isEmpty();
    }

    @Test
    void openReportHandsTheHtmlFileToTheBrowser() {
        ExportReportViewModel export = dialog(OptionalInt.empty());
        export.folderProperty().set(folder.resolve("open").toString());
        export.export();

        export.openReport();
        export.openFolder();

        assertThat(opened).containsExactly(folder.resolve("open/report.html").toUri().toString(), folder.resolve("open").toUri().toString());
    }
}
