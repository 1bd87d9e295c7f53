// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.app.jobs.AnalysisJob;
import dev.shiftlens.storage.RunStore;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run › Analysis settings… in the real window under Xvfb, on the sample workspace analysed by the
 * real pipeline (a counting stand-in for the sentence model keeps it fast): a larger smallest
 * cluster, Re-analyse, and the headline under the run changes.
 */
class AnalysisSettingsWindowTest extends FxRobot {

    @TempDir
    Path dir;

    private WorkbenchApp app;
    private final CountingEmbedder model = new CountingEmbedder();
    private final Preferences preferences = Preferences.userRoot().node("dev/shiftlens/test/" + UUID.randomUUID());

    @BeforeEach
    void openWindowOnAnAnalysedWorkspace() throws Exception {
        RunAnalyser analyser = (store, runId, settings, progress, cancel) -> AnalysisJob.analyse(store, runId, settings, model, progress, cancel);
        Path workspace = dir.resolve("incident.duckdb");
        try (RunStore store = RunStore.open(workspace)) {
            int runId = store.importPairs(SampleWorkspace.writeLog(dir.resolve("incident.jsonl"), 250), "incident",
                    ProgressListener.NONE, Cancellation.none()).runId();
            analyser.analyse(store, runId, AnalysisSettings.defaults(), ProgressListener.NONE, Cancellation.none());
        }
        FxToolkit.registerPrimaryStage();
        WorkbenchApp.useAnalyser(analyser);
        WorkbenchApp.usePreferences(preferences);
        WorkbenchApp.startWith(Optional.of(workspace), Optional.empty());
        app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp::new);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lookup("#run-summary").queryLabeled().getText().isEmpty());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        preferences.removeNode();
    }

    @Test
    void aLargerSmallestClusterReAnalysesAndTheHeadlineChanges() throws Exception {
        String before = lookup("#run-summary").queryLabeled().getText();
        int embedded = model.embedded();

        clickOn("#run-summary").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#analysis-settings").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#settings-min-cluster-size").queryAs(TextField.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents(); // the rest of the same update lands before it is read
        assertThat(lookup("#settings-cluster-auto").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(lookup("#settings-auto-choice").queryLabeled().getText()).startsWith("Smallest cluster used for this run: 8 (auto");
        assertThat(lookup("#settings-current-floor").queryLabeled().getText()).startsWith("Current floor ");

        clickOn("#settings-cluster-fixed");
        TextField size = lookup("#settings-min-cluster-size").queryAs(TextField.class);
        interact(() -> size.setText("1"));
        assertThat(lookup("#settings-reanalyse").query().isDisabled()).isTrue();
        assertThat(lookup("#settings-status").queryLabeled().getText()).startsWith("Smallest cluster must be a whole number of at least 2");
        interact(() -> size.setText("60"));
        clickOn("#settings-reanalyse");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> lookup("#settings-status").queryAs(Labeled.class).getText().startsWith("Re-analysed: "));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lookup("#run-summary").queryLabeled().getText().equals(before)
                && !lookup("#run-summary").queryLabeled().getText().isEmpty());

        String after = lookup("#run-summary").queryLabeled().getText();
        assertThat(after).isNotEqualTo(before);
        assertThat(lookup("#settings-status").queryLabeled().getText()).isEqualTo("Re-analysed: " + after.lines().findFirst().orElseThrow());
        assertThat(model.embedded()).as("texts embedded by the re-analysis").isEqualTo(embedded);
        lookForLooking(lookup("#analysis-settings").query());

        clickOn("#settings-close");
        assertThat(lookup("#analysis-settings").tryQuery()).isEmpty();
    }

    /** SHIFTLENS_SETTINGS_LOOK=FILE.png keeps a picture of the window for a look. */
    private static void lookForLooking(Node window) throws Exception {
        String target = System.getenv("SHIFTLENS_SETTINGS_LOOK");
        if (target != null) {
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", Path.of(target).toFile());
        }
    }
}
