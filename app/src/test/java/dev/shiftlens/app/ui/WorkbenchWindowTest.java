// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.app.ui.imports.ImportDialogViewModel;
import dev.shiftlens.storage.RunStore;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window under Xvfb on a real DuckDB workspace: pick a run, a point, a row; read both
 * outputs side by side; record a finding and find it again after reopening the workspace.
 */
class WorkbenchWindowTest extends FxRobot {

    @TempDir
    Path dir;

    private WorkbenchApp app;
    private Path workspace;
    private final Preferences preferences = Preferences.userRoot().node("dev/shiftlens/test/" + UUID.randomUUID());

    @BeforeEach
    void openWindowOnAnAnalysedWorkspace() throws Exception {
        workspace = dir.resolve("incident.duckdb");
        try (RunStore store = RunStore.open(workspace)) {
            SampleWorkspace.importAndAnalyse(store, SampleWorkspace.writeLog(dir.resolve("incident.jsonl"), 250));
        }
        FxToolkit.registerPrimaryStage();
        WorkbenchApp.useAnalyser(SampleWorkspace.ANALYSER);
        WorkbenchApp.usePreferences(preferences);
        startWindow(Optional.of(workspace));
    }

    private void startWindow(Optional<Path> on) throws Exception {
        WorkbenchApp.startWith(on, Optional.empty());
        app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp::new);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#pair-table").queryTableView().getItems().size() == 100);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        preferences.removeNode();
    }

    @Test
    void aReviewerOverridesAVerdictAddsANoteAndFindsItAfterReopeningTheWorkspace() throws Exception {
        clickOnCluster("Candidate answers 60% shorter");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#page-description").queryLabeled().getText().contains("in “Candidate answers 60% shorter”"));
        clickOn("req-0003");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> flowText("#candidate-text").equals(SampleWorkspace.candidate(3)));

        type(KeyCode.J);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> flowText("#candidate-text").equals(SampleWorkspace.candidate(6)));

        ComboBox<?> override = lookup("#verdict-override").queryAs(ComboBox.class);
        clickOn(override);
        clickOn(lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("neutral")).queryAs(Node.class));
        clickOn("#finding-note").write("Trimmed on purpose: warranty answers link to the terms page.");
        clickOn("#save-finding");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#finding-status").queryLabeled().getText().equals("finding saved in the workspace"));
        assertThat(lookup(".verdict-badge").queryAllAs(Label.class)).extracting(Label::getText).contains("neutral ✎");

        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        startWindow(Optional.empty()); // no workspace given: the one used last opens again

        clickOnCluster("Candidate answers 60% shorter");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#finding-note").queryAs(TextArea.class).getText()
                .equals("Trimmed on purpose: warranty answers link to the terms page."));
        assertThat(lookup("#verdict-override").queryAs(ComboBox.class).getValue()).isEqualTo(Optional.of(Verdict.NEUTRAL));
        assertThat(app.viewModel().workspace()).contains(workspace);
    }

    @Test
    void theHelpOverlayListsTheShortcutsAndClosesWithEscape() {
        type(KeyCode.F1);
        assertThat(lookup("#help-overlay").query().isVisible()).isTrue();
        assertThat(lookup("Next / previous pair in the table's order (the focused cluster's pairs)").tryQuery()).isPresent();

        type(KeyCode.ESCAPE);

        assertThat(lookup("#help-overlay").query().isVisible()).isFalse();
    }

    @Test
    void aBothJsonPairShowsTheTreeDiffWithTheRenamedKey() throws Exception {
        Path log = dir.resolve("json.jsonl");
        java.nio.file.Files.writeString(log, """
                {"request_id":"j-1","query":"Summarise Q3","baseline_output":"{\\"summary\\": \\"Revenue rose\\", \\"total\\": 3}","candidate_output":"{\\"exec_summary\\": \\"Revenue rose\\", \\"total\\": 3}"}
                """);
        // through the Import dialog's model, as dropping the file would
        ImportDialogViewModel dialog = WaitForAsyncUtils.asyncFx(() -> app.viewModel().importDialog(log).orElseThrow()).get();
        interact(dialog::load);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog.canImportProperty().get());
        interact(dialog::importRun);
        // the new run's row is in the table once its cell is laid out, a pulse or two after the items change
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#pair-table .table-cell")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("j-1")).tryQuery().isPresent());

        // the new run's page may be loaded again as its clusters arrive, dropping a click that came first: click until shown
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            clickOn(lookup("#pair-table .table-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("j-1")).queryAs(Node.class));
            return WaitForAsyncUtils.asyncFx(() -> lookup("#detail-query").queryLabeled().getText()).get().equals("Summarise Q3");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !lookup("#detail-tabs").queryAs(javafx.scene.control.TabPane.class).getTabs().get(1).isDisabled());
        clickOn("JSON structure");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("summary → exec_summary: \"Revenue rose\"  (renamed)").tryQuery().isPresent());
    }

    @Test
    void aMetricChosenInTheFilterBarBecomesAColumnTheStoreSortsBy() throws Exception {
        TableView<?> table = lookup("#pair-table").queryTableView();
        ComboBox<?> metric = lookup("#range-metric").queryComboBox();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> metric.getItems().contains("length_ratio"));
        interact(() -> metric.getSelectionModel().select(metric.getItems().indexOf("length_ratio")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".column-header .label")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("length_ratio")).tryQuery().filter(Node::isVisible).isPresent());
        Node header = lookup(".column-header .label").match(org.testfx.matcher.control.LabeledMatchers.hasText("length_ratio")).query();

        clickOn(header);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstLengthRatio(table).equals(Optional.of(0.4)));
        clickOn(header);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> firstLengthRatio(table).equals(Optional.of(1.0)));

        interact(() -> metric.getSelectionModel().clearSelection());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".column-header .label")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("length_ratio")).tryQuery().filter(Node::isVisible).isEmpty());
    }

    private static Optional<Double> firstLengthRatio(TableView<?> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.getItems().isEmpty() ? Optional.<Double>empty()
                : ((dev.shiftlens.app.ui.pairs.PairRow) table.getItems().getFirst()).metric("length_ratio")).get();
    }

    @Test
    void clickingAPointShowsBothOutputsSideBySide() throws Exception {
        ListView<?> runs = lookup("#runs").queryListView();
        clickOn(from(runs).lookup(".list-cell").nth(0).queryAs(Node.class));
        Point2D point = screenPointOfPair(201);

        clickOn(point);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> flowText("#candidate-text").equals(SampleWorkspace.candidate(201)));
        assertThat(flowText("#baseline-text")).isEqualTo(SampleWorkspace.baseline(201));
        assertThat(lookup("#detail-query").queryLabeled().getText()).isEqualTo(SampleWorkspace.query(201));
        TableView<?> table = lookup("#pair-table").queryTableView();
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(lookup("#page-description").queryLabeled().getText()).isEqualTo("201–250 of 250 pairs");
        assertThat(lookup(".diff-removed").queryAll()).as("pair 201 is in the 'shorter' cluster").isNotEmpty();
    }

    @Test
    void selectingAClusterThenARowShowsThatPair() throws Exception {
        clickOnCluster("Adds citation markers");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#page-description").queryLabeled().getText().contains("in “Adds citation markers”"));

        clickOn("req-0010");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> flowText("#candidate-text").equals(SampleWorkspace.candidate(10)));
        assertThat(flowText("#baseline-text")).isEqualTo(SampleWorkspace.baseline(10));
        assertThat(lookup(".diff-added").queryAllAs(Label.class)).extracting(Label::getText).contains("[1].");
    }

    /**
     * The list fills a moment after the window shows and may fill again as the run's analysis is shown,
     * so a row found can leave the scene before the click lands: click until a row in the scene takes it.
     */
    private void clickOnCluster(String label) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Optional<Node> row = clusterRow(label).tryQuery().filter(node -> node.isVisible() && node.getScene() != null);
            if (row.isEmpty()) {
                return false;
            }
            try {
                clickOn(row.get());
                return true;
            } catch (RuntimeException detached) {
                return false;
            }
        });
    }

    private NodeQuery clusterRow(String label) {
        return lookup("#clusters .row-title").match(org.testfx.matcher.control.LabeledMatchers.hasText(label));
    }

    private Point2D screenPointOfPair(int pairId) throws Exception {
        Node scatter = lookup("#scatter").query();
        double[] pixel = WaitForAsyncUtils.asyncFx(() -> app.viewModel().scatter().pixelOf(pairId).orElseThrow()).get();
        return scatter.localToScreen(pixel[0], pixel[1]);
    }

    private String flowText(String id) {
        TextFlow flow = lookup(id).queryAs(TextFlow.class);
        return flow.getChildren().stream()
                .map(node -> node instanceof Text text ? text.getText() : node instanceof Label label ? label.getText() : "")
                .collect(Collectors.joining());
    }
}
