// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.app.jobs.MatchJob;
import dev.shiftlens.app.ui.imports.ImportDialogViewModel;
import dev.shiftlens.app.ui.runs.RunRow;
import dev.shiftlens.app.ui.task.CurrentThreadTaskExecutor;
import dev.shiftlens.app.ui.task.TaskList;
import dev.shiftlens.storage.RunStore;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cutover run in the real window under Xvfb: the explanation and button instead of a scatter, the Match
 * window, and the matched run shown with its pairs marked as matched, not identical. With
 * SHIFTLENS_MATCH_LOOK=DIR it matches the whole sample cutover log with the bundled model and keeps a picture.
 */
class MatchWindowTest extends FxRobot {

    private static final Optional<Path> LOOK = Optional.ofNullable(System.getenv("SHIFTLENS_MATCH_LOOK")).map(Path::of);

    @TempDir
    Path dir;

    private WorkbenchApp app;
    private final Preferences preferences = Preferences.userRoot().node("dev/shiftlens/test/" + UUID.randomUUID());

    @BeforeEach
    void openWindowOnACutoverRun() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "sample-data", "incident", "cutover.jsonl"));
        Path log = Files.write(dir.resolve("cutover.jsonl"), LOOK.isPresent() ? lines
                : Stream.concat(lines.stream().limit(40), lines.stream().skip(lines.size() - 40)).toList());
        Path workspace = dir.resolve("incident.duckdb");
        try (RunStore store = RunStore.open(workspace)) {
            CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
            ImportDialogViewModel dialog = new ImportDialogViewModel(executor, new TaskList(executor), store, log, report -> { });
            dialog.load();
            dialog.importRun();
        }
        FxToolkit.registerPrimaryStage();
        WorkbenchApp.useAnalyser(SampleWorkspace.ANALYSER);
        WorkbenchApp.useMatchModel(LOOK.isPresent() ? Optional.empty() : Optional.<TextEmbedder>of(new CountingEmbedder()));
        WorkbenchApp.usePreferences(preferences);
        WorkbenchApp.startWith(Optional.of(workspace), Optional.empty());
        app = (WorkbenchApp) FxToolkit.setupApplication(WorkbenchApp::new);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#match-cutover-button").tryQuery().map(Node::isVisible).orElse(false));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        preferences.removeNode();
        WorkbenchApp.useMatchModel(Optional.empty());
    }

    @Test
    void aCutoverRunOffersMatchingAndTheMatchedRunIsShownAsMatchedNotIdentical() throws Exception {
        assertThat(lookup("#run-summary").queryAs(Labeled.class).getText()).isEqualTo(WorkbenchViewModel.CUTOVER_NOTE);
        assertThat(shown(lookup("#scatter").query())).as("the empty scatter gives way").isFalse();

        clickOn("#match-cutover-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#match-window").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#match-windows").queryAs(Labeled.class).getText().contains("after"));
        WaitForAsyncUtils.waitForFxEvents(); // the rest of the same update lands before it is read
        assertThat(lookup("#match-threshold").queryAs(TextField.class).getText()).isEqualTo("0.85");
        assertThat(lookup("#match-seed").queryAs(TextField.class).getText()).isEqualTo("42");
        if (LOOK.isEmpty()) {
            interact(() -> lookup("#match-threshold").queryAs(TextField.class).setText("0.5")); // hashed words are less alike than sentence vectors
        }
        clickOn("#match-run");
        WaitForAsyncUtils.waitFor(LOOK.isPresent() ? 600 : 60, TimeUnit.SECONDS,
                () -> lookup("#match-summary").queryAs(Labeled.class).getText().startsWith("Matched "));

        assertThat(lookup("#match-summary").queryAs(Labeled.class).getText()).contains("after-window queries (mean query similarity",
                "unmatched", MatchJob.MATCHED_NOTE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.viewModel().runRows().size() == 2
                && app.viewModel().runs().selectedRunProperty().get() == 2
                && lookup("#run-summary").queryAs(Labeled.class).getText().startsWith(MatchJob.MATCHED_NOTE));
        assertThat(app.viewModel().runRows()).extracting(RunRow::details)
                .anySatisfy(details -> assertThat(details).contains("matched pairs (not identical) · analysed"));
        assertThat(shown(lookup("#match-cutover-button").query())).isFalse();
        assertThat(shown(lookup("#scatter").query())).isTrue();
        snapshot("#match-window", "match-cutover.png");

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#match-window").tryQuery().isEmpty());
    }

    private static boolean shown(Node node) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (!each.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** SHIFTLENS_MATCH_LOOK=DIR keeps a picture of the Match window once it has matched (docs/images). */
    private void snapshot(String id, String name) throws Exception {
        if (LOOK.isPresent()) {
            Node node = lookup(id).query();
            Path folder = Files.createDirectories(LOOK.get());
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.getScene().snapshot(null)).get();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name).toFile());
        }
    }
}
