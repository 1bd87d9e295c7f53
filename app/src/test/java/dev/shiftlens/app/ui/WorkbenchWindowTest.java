// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.storage.RunStore;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window under Xvfb on a real DuckDB workspace: pick a run, a point, a row; read both outputs side by side. */
class WorkbenchWindowTest extends FxRobot {

    @TempDir
    Path dir;

    private WorkbenchApp app;

    @BeforeEach
    void openWindowOnAnAnalysedWorkspace() throws Exception {
        Path workspace = dir.resolve("incident.duckdb");
        try (RunStore store = RunStore.open(workspace)) {
            SampleWorkspace.importAndAnalyse(store, SampleWorkspace.writeLog(dir.resolve("incident.jsonl"), 250));
        }
        FxToolkit.registerPrimaryStage();
        WorkbenchApp.useAnalyser(SampleWorkspace.ANALYSER);
        WorkbenchApp.startWith(Optional.of(workspace), Optional.empty());
        app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp::new);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#pair-table").queryTableView().getItems().size() == 100);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
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
        clickOn("Adds citation markers");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#page-description").queryLabeled().getText().contains("in “Adds citation markers”"));

        clickOn("req-0010");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> flowText("#candidate-text").equals(SampleWorkspace.candidate(10)));
        assertThat(flowText("#baseline-text")).isEqualTo(SampleWorkspace.baseline(10));
        assertThat(lookup(".diff-added").queryAllAs(Label.class)).extracting(Label::getText).contains("[1].");
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
