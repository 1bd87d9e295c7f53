// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.app.ui.runs.RunRow;
import dev.shiftlens.app.ui.task.TaskEntry;
import dev.shiftlens.app.ui.task.TaskState;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Import dialog in the real window under Xvfb: a CSV export dropped on an empty workspace shows
 * its mapping and first rows; Import stores it, says how every row was used, and the workbench
 * analyses and lists the new run; the task list shows both tasks.
 */
class ImportDialogWindowTest extends FxRobot {

    @TempDir
    Path dir;

    private WorkbenchApp app;
    private final Preferences preferences = Preferences.userRoot().node("dev/shiftlens/test/" + UUID.randomUUID());

    @BeforeEach
    void openWindowOnAnEmptyWorkspace() throws Exception {
        FxToolkit.registerPrimaryStage();
        WorkbenchApp.useAnalyser(SampleWorkspace.ANALYSER);
        WorkbenchApp.usePreferences(preferences);
        WorkbenchApp.startWith(Optional.of(dir.resolve("empty.duckdb")), Optional.empty());
        app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp::new);
        waitOnFx(20, () -> app.viewModel().workspace().isPresent()
                && !app.viewModel().activity().runningProperty().get());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        preferences.removeNode();
    }

    @Test
    void aDroppedCsvExportIsPreviewedImportedAnalysedAndListed() throws Exception {
        Path csv = Files.copy(Path.of("..", "sample-data", "incident", "incident-export.csv"), dir.resolve("incident-export.csv"));
        WorkbenchView workbench = lookup("#workbench").queryAs(WorkbenchView.class);

        interact(() -> workbench.openDropped(csv));
        waitOnFx(20, () -> lookup("#import-preview").tryQuery().isPresent()
                && lookup("#import-preview").queryTableView().getItems().size() == 20);

        assertThat(lookup("#import-shape-description").queryAs(Labeled.class).getText()).startsWith("Detected: canonical");
        // cells are laid out a pulse or two after the items arrive
        waitOnFx(10,
                () -> lookup("#import-preview .table-cell").match(LabeledMatchers.hasText("req-000001")).tryQuery().isPresent());
        assertThat(lookup("#import-problem").query().isVisible()).isFalse();
        TableView<?> preview = lookup("#import-preview").queryTableView();
        assertThat(preview.getColumns()).extracting(column -> column.getText()).contains("query", "candidate_output", "metadata.region");
        snapshot("#import-dialog", "import-dialog.png");

        clickOn("#import-unmap-query");
        waitOnFx(10, () -> lookup("#import-problem").query().isVisible());
        assertThat(lookup("#import-problem").queryAs(Labeled.class).getText()).contains("no `query` mapped");
        assertThat(lookup("#import-run").query().isDisabled()).isTrue();
        ComboBox<String> query = lookup("#import-field-query").queryComboBox();
        interact(() -> query.setValue("query"));
        waitOnFx(10, () -> !lookup("#import-run").query().isDisabled());

        clickOn("#import-run");
        waitOnFx(60, () -> !lookup("#import-counts").queryAs(Labeled.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents(); // the counts are set first: let the rest of the outcome land before reading it

        assertThat(lookup("#import-counts").queryAs(Labeled.class).getText()).isEqualTo("Rows read 3,000 = stored 3,000 + rejected 0");
        waitOnFx(30, () -> app.viewModel().runRows().stream().anyMatch(RunRow::analysed)
                && lookup("#pair-table").queryTableView().getItems().size() == 100);
        assertThat(app.viewModel().runRows()).singleElement().satisfies(run -> assertThat(run.name()).isEqualTo("incident-export.csv"));
        assertThat(lookup("#runs").queryListView().getItems()).hasSize(1);

        clickOn("#import-close");
        clickOn("#tasks-button");
        waitOnFx(10, () -> lookup("#task-table").tryQuery().isPresent());
        TableView<?> taskTable = lookup("#task-table").queryTableView();
        assertThat(taskTable.getItems()).extracting(item -> ((TaskEntry) item).name() + ": " + ((TaskEntry) item).stateProperty().get())
                .contains("Importing incident-export.csv: " + TaskState.DONE, "Analysing incident-export.csv: " + TaskState.DONE);
        assertThat(lookup("#tasks-button").queryAs(Labeled.class).getText()).isEqualTo("Tasks (0 running)");
        snapshot("#task-list", "import-task-list.png");
        type(KeyCode.ESCAPE);
        assertThat(lookup("#task-table").tryQuery()).isEmpty();
    }

    @Test
    void twoDroppedPerModelLogsOpenOneDialogThatJoinsThemAndTheRunIsAnalysed() throws Exception {
        Path sample = Path.of("..", "sample-data", "incident");
        Path baseline = Files.write(dir.resolve("baseline.jsonl"), Files.readAllLines(sample.resolve("baseline.jsonl")).subList(0, 300));
        Path candidate = Files.write(dir.resolve("candidate.jsonl"), Files.readAllLines(sample.resolve("candidate.jsonl")).subList(20, 320));
        WorkbenchView workbench = lookup("#workbench").queryAs(WorkbenchView.class);

        interact(() -> workbench.openDropped(List.of(candidate, baseline)));
        waitOnFx(20, () -> lookup("#import-preview").tryQuery().isPresent()
                && lookup("#import-preview").queryTableView().getItems().size() == 20);

        assertThat(listWindows().stream().filter(window -> window.isShowing()).count()).as("the workbench and one dialog").isEqualTo(2);
        assertThat(lookup("#import-baseline-file").queryAs(Labeled.class).getText()).isEqualTo("baseline.jsonl");
        assertThat(lookup("#import-candidate-file").queryAs(Labeled.class).getText()).isEqualTo("candidate.jsonl");
        assertThat(lookup("#import-baseline-field-output").queryComboBox().getValue()).isEqualTo("output");
        waitOnFx(10,
                () -> lookup("#import-preview .table-cell").match(LabeledMatchers.hasText("req-000021")).tryQuery().isPresent());
        snapshot("#import-dialog", "import-two-logs.png");

        clickOn("#import-swap");
        waitOnFx(10,
                () -> lookup("#import-baseline-file").queryAs(Labeled.class).getText().equals("candidate.jsonl"));
        clickOn("#import-swap");
        waitOnFx(10,
                () -> lookup("#import-baseline-file").queryAs(Labeled.class).getText().equals("baseline.jsonl"));
        waitOnFx(10, () -> !lookup("#import-run").query().isDisabled());
        clickOn("#import-run");
        waitOnFx(60, () -> !lookup("#import-counts").queryAs(Labeled.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents(); // the counts are set first: let the rest of the outcome land before reading it

        assertThat(lookup("#import-counts").queryAs(Labeled.class).getText()).startsWith("Joined 2").contains("; baseline only ")
                .contains(", candidate only ");
        assertThat(lookup("#import-status").queryAs(Labeled.class).getText()).contains("unmatched rows are kept as its rejects");
        waitOnFx(30, () -> app.viewModel().runRows().stream().anyMatch(RunRow::analysed));
        assertThat(app.viewModel().runRows()).singleElement()
                .satisfies(run -> assertThat(run.name()).isEqualTo("baseline.jsonl vs candidate.jsonl"));
        clickOn("#import-close");
    }

    @Test
    void aCutoverLogIsSplitAtATypedTimeAndABadTimeIsRefused() throws Exception {
        List<String> all = Files.readAllLines(Path.of("..", "sample-data", "incident", "cutover.jsonl"));
        Path cutover = Files.write(dir.resolve("cutover.jsonl"), IntStream.range(0, all.size()).filter(i -> i % 10 == 0).mapToObj(all::get).toList());
        WorkbenchView workbench = lookup("#workbench").queryAs(WorkbenchView.class);

        interact(() -> workbench.openDropped(cutover));
        waitOnFx(20, () -> lookup("#import-split-time").tryQuery().isPresent()
                && lookup("#import-split-time").query().isVisible() && !lookup("#import-run").query().isDisabled());
        clickOn("#import-split-time");
        clickOn("#import-cutover-at").write("6 April");
        waitOnFx(10, () -> lookup("#import-problem").query().isVisible());
        assertThat(lookup("#import-problem").queryAs(Labeled.class).getText()).startsWith("cutover.jsonl cannot be split at `6 April`");
        assertThat(lookup("#import-run").query().isDisabled()).isTrue();

        interact(() -> lookup("#import-cutover-at").queryTextInputControl().setText("2026-04-01T00:00:00Z"));
        waitOnFx(10, () -> !lookup("#import-run").query().isDisabled());
        clickOn("#import-run");
        waitOnFx(60, () -> !lookup("#import-counts").queryAs(Labeled.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents(); // the counts are set first: let the rest of the outcome land before reading it

        assertThat(lookup("#import-status").queryAs(Labeled.class).getText()).contains("97 before and 203 after the cutover");
        clickOn("#import-close");
    }

    /** Waits for a condition read on the FX thread: a scene lookup from the test thread races the dialog rebuilding itself. */
    private static void waitOnFx(long seconds, java.util.concurrent.Callable<Boolean> condition) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    /** SHIFTLENS_IMPORT_LOOK=DIR keeps pictures of the dialog and the task list (docs/images). */
    private void snapshot(String id, String name) throws Exception {
        String target = System.getenv("SHIFTLENS_IMPORT_LOOK");
        if (target != null) {
            Node node = lookup(id).query();
            Path folder = Files.createDirectories(Path.of(target));
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.getScene().snapshot(null)).get();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name).toFile());
        }
    }
}
