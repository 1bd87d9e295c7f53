// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.app.ui.runs.RunRow;
import dev.shiftlens.connectors.testserver.LoopbackModelServer;
import dev.shiftlens.storage.RunStore;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** Run › Replay… in the real window under Xvfb, against the loopback model server: estimate, accept, replay, the new run shown. */
class ReplayWindowTest extends FxRobot {

    @TempDir
    Path dir;

    private WorkbenchApp app;
    private LoopbackModelServer server;
    private final Preferences preferences = Preferences.userRoot().node("dev/shiftlens/test/" + UUID.randomUUID());

    @BeforeEach
    void openWindowOnAnAnalysedWorkspace() throws Exception {
        server = LoopbackModelServer.start();
        Path workspace = dir.resolve("incident.duckdb");
        try (RunStore store = RunStore.open(workspace)) {
            SampleWorkspace.importAndAnalyse(store, SampleWorkspace.writeLog(dir.resolve("incident.jsonl"), 120));
        }
        FxToolkit.registerPrimaryStage();
        WorkbenchApp.useAnalyser(SampleWorkspace.ANALYSER);
        WorkbenchApp.usePreferences(preferences);
        WorkbenchApp.startWith(Optional.of(workspace), Optional.empty());
        app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp::new);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#pair-table").queryTableView().getItems().size() == 100);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        preferences.removeNode();
        server.close();
    }

    @Test
    void ctrlRReplaysTheShownRunAfterTheEstimateIsAcceptedAndShowsTheNewRun() throws Exception {
        Path profiles = Files.writeString(dir.resolve("profiles.json"), server.exampleProfiles(Optional.empty()));
        clickOn("#pair-table");
        press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#replay-window").tryQuery().isPresent());
        assertThat(lookup("#replay-run").query().isDisabled()).isTrue();

        interact(() -> lookup("#replay-sample").queryAs(TextField.class).setText("16"));
        clickOn("#replay-profiles").write(profiles.toString()).type(KeyCode.ENTER);
        TableView<?> estimate = lookup("#replay-estimate").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> estimate.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents(); // the rest of the same update lands before it is read

        assertThat(server.requests()).isZero();
        assertThat(lookup("#replay-estimate-summary").queryAs(Labeled.class).getText()).contains("32 requests to send");
        assertThat(lookup("#replay-cap").queryAs(TextField.class).getText()).matches("\\d+\\.\\d\\d");
        assertThat(lookup("#replay-run").query().isDisabled()).isTrue();
        clickOn("#replay-accept");
        assertThat(lookup("#replay-accept").queryAs(CheckBox.class).isSelected()).isTrue();
        clickOn("#replay-run");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> lookup("#replay-summary").queryAs(Labeled.class).getText().startsWith("Run "));
        WaitForAsyncUtils.waitForFxEvents(); // the rest of the same update lands before it is read

        assertThat(lookup("#replay-summary").queryAs(Labeled.class).getText()).contains("made and analysed: 16 pairs", "Spent $");
        assertThat(lookup("#replay-requests").queryAs(Labeled.class).getText()).startsWith("32 of 32 requests");
        assertThat(lookup("#replay-failures").queryAs(ListView.class).isVisible()).isFalse();
        assertThat(server.requests()).isEqualTo(32);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.viewModel().runRows().size() == 2
                && app.viewModel().runs().selectedRunProperty().get() == 2);
        WaitForAsyncUtils.waitForFxEvents(); // the rest of the same update lands before it is read
        assertThat(app.viewModel().runRows()).extracting(RunRow::name).anySatisfy(name -> assertThat(name).startsWith("replay baseline vs candidate"));
        assertThat(preferences.get("replay.profiles", "")).isEqualTo(profiles.toAbsolutePath().normalize().toString());

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#replay-window").tryQuery().isEmpty());
    }
}
