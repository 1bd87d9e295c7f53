// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.imports;

import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.JoinKey;
import dev.shiftlens.app.cli.Console;
import dev.shiftlens.app.cli.ShiftlensCommand;
import dev.shiftlens.app.ui.imports.PerModelImportViewModel.Side;
import dev.shiftlens.app.ui.task.CurrentThreadTaskExecutor;
import dev.shiftlens.app.ui.task.TaskList;
import dev.shiftlens.app.ui.task.TaskState;
import dev.shiftlens.connectors.logformat.InferredMapping;
import dev.shiftlens.connectors.logformat.RowShape;
import dev.shiftlens.storage.ImportReport;
import dev.shiftlens.storage.RejectedRow;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportDialogViewModelTest {

    private static final Path SAMPLE = Path.of("..", "sample-data", "incident");

    @TempDir
    Path dir;

    private RunStore store;
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final TaskList tasks = new TaskList(executor);
    private final List<ImportReport> imported = new ArrayList<>();

    @BeforeEach
    void openWorkspace() {
        store = RunStore.open(dir.resolve("workspace.duckdb"));
    }

    @AfterEach
    void closeWorkspace() {
        store.close();
    }

    private Path copy(String name) throws IOException {
        return Files.copy(SAMPLE.resolve(name), dir.resolve(name));
    }

    private ImportDialogViewModel dialogFor(Path file) {
        ImportDialogViewModel dialog = new ImportDialogViewModel(executor, tasks, store, file, imported::add);
        dialog.load();
        return dialog;
    }

    private static InferredMapping mapping(ImportDialogViewModel dialog) {
        return dialog.mappingProperty().get().orElseThrow();
    }

    @Test
    void aCanonicalJsonlLogIsRecognisedWithItsMappingAndTwentyPreviewRows() throws IOException {
        ImportDialogViewModel dialog = dialogFor(copy("incident-export.jsonl"));

        assertThat(mapping(dialog).format()).isEqualTo("canonical");
        assertThat(mapping(dialog).rowShape()).isEqualTo(RowShape.PAIRED);
        assertThat(dialog.pathOf(Field.QUERY)).contains("query");
        assertThat(dialog.pathOf(Field.BASELINE_OUTPUT)).contains("baseline_output");
        assertThat(dialog.pathOf(Field.CANDIDATE_OUTPUT)).contains("candidate_output");
        assertThat(dialog.pathOf(Field.REQUEST_ID)).contains("request_id");
        assertThat(dialog.pathOf(Field.TIMESTAMP)).contains("timestamp");
        assertThat(dialog.segments()).filteredOn(SegmentChoice::chosen).extracting(SegmentChoice::path)
                .contains("metadata.region", "metadata.tier", "metadata.channel");
        assertThat(dialog.previewRows()).hasSize(ImportDialogViewModel.PREVIEW_ROWS);
        assertThat(dialog.previewRows().getFirst()).containsEntry("request_id", "req-000001")
                .containsEntry("query", "Is the Meshline AX3000 Wi-Fi 6 router available at Kings Cross?");
        assertThat(dialog.problemProperty().get()).isEmpty();
        assertThat(dialog.canImportProperty().get()).isTrue();
        assertThat(store.runs()).isEmpty();
    }

    @Test
    void aCsvExportIsRecognisedWithItsFlattenedMetadataColumnsAsSegments() throws IOException {
        ImportDialogViewModel dialog = dialogFor(copy("incident-export.csv"));

        assertThat(mapping(dialog).format()).isEqualTo("canonical");
        assertThat(dialog.pathOf(Field.QUERY)).contains("query");
        assertThat(dialog.columns()).contains("request_id", "query", "metadata.region");
        assertThat(dialog.segments()).filteredOn(SegmentChoice::chosen).extracting(SegmentChoice::path)
                .containsExactly("metadata.region", "metadata.tier", "metadata.language", "metadata.channel", "metadata.prompt_version");
        assertThat(dialog.previewColumns()).contains("query", "baseline_output", "metadata.region");
        assertThat(dialog.previewRows()).hasSize(20);
        assertThat(dialog.previewRows().getFirst()).containsEntry("metadata.region", "eu-west");
    }

    @Test
    void editingTheMappingRefreshesThePreviewAndTheCommandLine() throws IOException {
        ImportDialogViewModel dialog = dialogFor(copy("incident-export.csv"));

        dialog.setField(Field.QUERY, "request_id");
        dialog.segments().stream().filter(choice -> choice.path().equals("metadata.tier")).findFirst().orElseThrow()
                .chosenProperty().set(false);

        assertThat(dialog.previewRows().getFirst()).containsEntry("query", "req-000001").doesNotContainKey("metadata.tier");
        assertThat(dialog.previewColumns()).doesNotContain("metadata.tier").contains("metadata.region");
        assertThat(mapping(dialog).mapping().origin()).endsWith(", edited");
        assertThat(dialog.commandLine()).contains("--map ").contains("query=request_id").doesNotContain("metadata.tier=");
    }

    @Test
    void untickingOneFieldOfAMetadataObjectKeepsTheOthersAsSegments() throws IOException {
        ImportDialogViewModel dialog = dialogFor(copy("incident-export.jsonl"));

        dialog.setSegment("metadata.tier", false);

        assertThat(dialog.segments()).filteredOn(SegmentChoice::chosen).extracting(SegmentChoice::path)
                .contains("metadata.region", "metadata.channel").doesNotContain("metadata.tier");
        assertThat(dialog.previewColumns()).contains("metadata.region").doesNotContain("metadata.tier", "metadata");
        assertThat(dialog.canImportProperty().get()).isTrue();
    }

    @Test
    void aMappingThatNamesAMissingColumnIsRefusedBeforeAnyWork() throws IOException {
        ImportDialogViewModel dialog = dialogFor(copy("incident-export.csv"));

        dialog.setField(Field.QUERY, "prompt");

        assertThat(dialog.problemProperty().get()).startsWith("mapping for incident-export.csv cannot be used")
                .contains("`query=prompt`: incident-export.csv has no field `prompt`");
        assertThat(dialog.canImportProperty().get()).isFalse();
        dialog.importRun();
        assertThat(store.runs()).isEmpty();
        assertThat(tasks.entries()).isEmpty();
        assertThat(imported).isEmpty();
    }

    @Test
    void choosingAShapeWithOneOutputPerRowAsksForTheOutput() throws IOException {
        ImportDialogViewModel dialog = dialogFor(copy("incident-export.jsonl"));

        dialog.chooseShape("per-model");

        assertThat(mapping(dialog).rowShape()).isEqualTo(RowShape.SINGLE_OUTPUT);
        assertThat(dialog.fields()).contains(Field.OUTPUT).doesNotContain(Field.BASELINE_OUTPUT);
        assertThat(dialog.problemProperty().get()).contains("no `output` mapped");
        assertThat(dialog.canImportProperty().get()).isFalse();
    }

    @Test
    void aPartlyBadFileReportsRowsReadAsStoredPlusRejectedWithTheReasonAndLine() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE.resolve("incident-export.jsonl")).subList(0, 40);
        List<String> broken = new ArrayList<>(lines);
        broken.add(2, "{\"request_id\":\"req-broken\",\"query\":\"unclosed");
        Path file = Files.write(dir.resolve("partly-bad.jsonl"), broken);
        ImportDialogViewModel dialog = dialogFor(file);
        assertThat(dialog.canImportProperty().get()).isTrue();

        dialog.importRun();

        assertThat(dialog.countsProperty().get()).isEqualTo("Rows read 41 = stored 40 + rejected 1");
        assertThat(dialog.rejectReasons()).singleElement().satisfies(reason -> {
            assertThat(reason.reason()).startsWith("invalid JSON at column");
            assertThat(reason.rows()).isEqualTo(1);
            assertThat(reason.firstSource()).isEqualTo("partly-bad.jsonl");
            assertThat(reason.firstLine()).isEqualTo(3);
        });
        int runId = imported.getFirst().runId();
        assertThat(store.rejects(runId)).singleElement().extracting(RejectedRow::raw).isEqualTo(broken.get(2));
        assertThat(store.runs()).singleElement().satisfies(run -> assertThat(run.rowsStored()).isEqualTo(40));
        assertThat(store.runSettings(runId)).contains("\"query\"").contains("request_id");
        assertThat(dialog.canImportProperty().get()).as("imported once; a second import needs a new dialog").isFalse();
        assertThat(tasks.entries()).singleElement().satisfies(task -> {
            assertThat(task.name()).isEqualTo("Importing partly-bad.jsonl");
            assertThat(task.stateProperty().get()).isEqualTo(TaskState.DONE);
        });
    }

    @Test
    void cancellingWhileRowsAreStoredLeavesNoRun() throws IOException {
        ImportDialogViewModel dialog = dialogFor(copy("incident-export.jsonl"));
        dialog.statusProperty().addListener((obs, old, now) -> {
            if (now.equals("storing rows")) {
                dialog.cancel();
            }
        });

        dialog.importRun();

        assertThat(dialog.statusProperty().get()).isEqualTo("Import cancelled; nothing was stored.");
        assertThat(dialog.countsProperty().get()).isEmpty();
        assertThat(store.runs()).isEmpty();
        assertThat(store.rejects(1)).isEmpty();
        assertThat(imported).isEmpty();
        assertThat(tasks.entries().getFirst().stateProperty().get()).isEqualTo(TaskState.CANCELLED);
        assertThat(dialog.canImportProperty().get()).as("the same mapping can be imported again").isTrue();
    }

    // --- two per-model logs -----------------------------------------------------------------------

    /** Lines {@code from} (0-based) to {@code to} of a sample file, as a smaller log of the same name. */
    private Path lines(String name, int from, int to) throws IOException {
        return Files.write(dir.resolve(name), Files.readAllLines(SAMPLE.resolve(name)).subList(from, to));
    }

    private PerModelImportViewModel twoLogs(Path first, Path second) {
        PerModelImportViewModel dialog = new PerModelImportViewModel(executor, tasks, store, first, second, imported::add);
        dialog.load();
        return dialog;
    }

    @Test
    void twoPerModelLogsJoinWithTheSameCountsAsTheCommandLine() throws IOException {
        Path baseline = lines("baseline.jsonl", 0, 120);
        Path candidate = lines("candidate.jsonl", 20, 150);
        PerModelImportViewModel dialog = twoLogs(candidate, baseline);

        assertThat(dialog.baselineFileProperty().get()).as("guessed from the names, not the order chosen").isEqualTo(baseline);
        assertThat(dialog.joinProperty().get()).isEqualTo(JoinKey.REQUEST_ID_THEN_QUERY);
        assertThat(dialog.pathOf(Side.BASELINE, Field.OUTPUT)).contains("output");
        assertThat(dialog.previewRows()).hasSize(ImportDialogViewModel.PREVIEW_ROWS);
        assertThat(dialog.previewRows().getFirst()).as("a repeated query joins a row whose id the other log lacks")
                .containsEntry("request_id", "req-000004").containsEntry("joined by", "normalised query");
        assertThat(dialog.previewNoteProperty().get()).startsWith("102 of the first 120 baseline and 130 candidate rows join");
        assertThat(dialog.canImportProperty().get()).isTrue();

        dialog.importRun();

        Path cliWorkspace = dir.resolve("cli.duckdb");
        StringWriter out = new StringWriter();
        int exit = ShiftlensCommand.run(new String[] {"import", "--baseline", baseline.toString(), "--candidate", candidate.toString(),
                "--workspace", cliWorkspace.toString()}, new Console(new PrintWriter(out, true), new PrintWriter(out, true)), (w, i) -> { });
        assertThat(exit).isZero();
        try (RunStore cli = RunStore.open(cliWorkspace)) {
            int cliRun = cli.runs().getFirst().runId();
            assertThat(store.runSettings(imported.getFirst().runId())).isEqualTo(cli.runSettings(cliRun));
        }
        assertThat(dialog.countsProperty().get()).isEqualTo("Joined 102 pairs; baseline only 18, candidate only 28");
        assertThat(out.toString()).contains("paired 102: 100 by request_id, 2 by normalised query; unmatched (in rejects): 18 baseline rows, 28 candidate rows");
        assertThat(dialog.rejectReasons()).extracting(reason -> reason.reason().substring(0, 33) + " " + reason.rows())
                .containsExactlyInAnyOrder("unmatched: no candidate row with  18", "unmatched: no baseline row with t 28");
        assertThat(imported).singleElement().satisfies(report -> assertThat(report.pairs()).isEqualTo(102));
    }

    @Test
    void swapMakesTheOtherLogsOutputsTheBaseline() throws IOException {
        Path baseline = lines("baseline.jsonl", 0, 30);
        Path candidate = lines("candidate.jsonl", 0, 30);
        PerModelImportViewModel dialog = twoLogs(baseline, candidate);
        String baselineFirst = dialog.previewRows().getFirst().get("baseline output");
        String candidateFirst = dialog.previewRows().getFirst().get("candidate output");

        dialog.swap();

        assertThat(dialog.baselineFileProperty().get()).isEqualTo(candidate);
        assertThat(dialog.previewRows().getFirst()).containsEntry("baseline output", candidateFirst)
                .containsEntry("candidate output", baselineFirst);
        assertThat(dialog.runNameProperty().get()).isEqualTo("candidate.jsonl vs baseline.jsonl");
        dialog.importRun();
        assertThat(dialog.countsProperty().get()).isEqualTo("Joined 30 pairs; baseline only 0, candidate only 0");
        assertThat(store.runSettings(imported.getFirst().runId())).containsPattern("\"baseline\":\\{\"path\":\"[^\"]*candidate.jsonl\"");
    }

    @Test
    void theSameFileTwiceIsRefusedBeforeAnyWork() throws IOException {
        Path baseline = lines("baseline.jsonl", 0, 30);
        PerModelImportViewModel dialog = twoLogs(baseline, dir.resolve(".").resolve("baseline.jsonl"));

        assertThat(dialog.problemProperty().get()).startsWith("baseline.jsonl was chosen twice").contains("two different logs");
        assertThat(dialog.canImportProperty().get()).isFalse();
        dialog.importRun();
        assertThat(store.runs()).isEmpty();
        assertThat(tasks.entries()).isEmpty();
    }

    @Test
    void aLogWithoutAnOutputFieldIsRefusedNamingTheFileUntilOneIsMapped() throws IOException {
        Path baseline = lines("baseline.jsonl", 0, 30);
        List<String> renamed = Files.readAllLines(SAMPLE.resolve("candidate.jsonl")).subList(0, 30).stream()
                .map(line -> line.replace("\"output\":", "\"reply_text\":")).toList();
        Path candidate = Files.write(dir.resolve("candidate.jsonl"), renamed);
        PerModelImportViewModel dialog = twoLogs(baseline, candidate);

        assertThat(dialog.problemProperty().get()).startsWith("mapping for candidate.jsonl cannot be used").contains("no `output` mapped");
        assertThat(dialog.canImportProperty().get()).isFalse();
        dialog.importRun();
        assertThat(store.runs()).isEmpty();

        dialog.setField(Side.CANDIDATE, Field.QUERY, "query");
        dialog.setField(Side.CANDIDATE, Field.OUTPUT, "reply_text");

        assertThat(dialog.problemProperty().get()).isEmpty();
        assertThat(dialog.previewRows().getFirst().get("candidate output")).isNotBlank();
        assertThat(dialog.canImportProperty().get()).isTrue();
    }

    // --- cutover split ----------------------------------------------------------------------------

    /** Every tenth row of the sample cutover log: 300 rows from 2026-03-23 to 2026-04-19, 153 on the old model. */
    private Path cutoverLog() throws IOException {
        List<String> all = Files.readAllLines(SAMPLE.resolve("cutover.jsonl"));
        List<String> every10th = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 10) {
            every10th.add(all.get(i));
        }
        return Files.write(dir.resolve("cutover.jsonl"), every10th);
    }

    @Test
    void aCutoverLogSplitAtATimeStoresTheEntriesBeforeAndAfterIt() throws IOException {
        ImportDialogViewModel dialog = dialogFor(cutoverLog());
        assertThat(mapping(dialog).rowShape()).isEqualTo(RowShape.SINGLE_OUTPUT);
        assertThat(dialog.versions()).containsExactly("prod-2026-03", "cand-2026-04");

        dialog.splitByTimeProperty().set(true);
        dialog.cutoverAtProperty().set("2026-04-01T00:00:00Z");

        assertThat(dialog.problemProperty().get()).isEmpty();
        assertThat(dialog.commandLine()).endsWith(" --cutover-at 2026-04-01T00:00:00Z");
        dialog.importRun();
        assertThat(dialog.statusProperty().get()).contains("300 log entries as run 1: 97 before and 203 after the cutover");
        assertThat(store.runSettings(1)).contains("\"split\":{\"by\":\"timestamp\",\"at\":\"2026-04-01T00:00:00Z\"}");
    }

    @Test
    void aCutoverLogSplitByAChosenVersionCountsThatVersionAsBefore() throws IOException {
        ImportDialogViewModel dialog = dialogFor(cutoverLog());

        dialog.beforeVersionProperty().set("cand-2026-04");
        dialog.importRun();

        assertThat(dialog.statusProperty().get()).contains("147 before and 153 after the cutover");
        assertThat(dialog.commandLine()).endsWith(" --before-version cand-2026-04");
    }

    @Test
    void aCutoverTimeThatDoesNotParseIsRefusedBeforeAnyWork() throws IOException {
        ImportDialogViewModel dialog = dialogFor(cutoverLog());

        dialog.splitByTimeProperty().set(true);
        dialog.cutoverAtProperty().set("6 April 2026");

        assertThat(dialog.problemProperty().get())
                .isEqualTo("cutover.jsonl cannot be split at `6 April 2026`: not an ISO-8601 instant. Write it like 2026-04-06T00:00:00Z"
                        + " (UTC) or 2026-04-06T02:00:00+02:00.");
        assertThat(dialog.canImportProperty().get()).isFalse();
        dialog.importRun();
        assertThat(store.runs()).isEmpty();
        assertThat(tasks.entries()).isEmpty();
    }
}
