// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.storage.RunStore;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/** File › Export report… in the real window under Xvfb: a focused cluster becomes the report's scope. */
class ExportReportWindowTest extends FxRobot {

    @TempDir
    Path dir;

    private WorkbenchApp app;
    private final Preferences preferences = Preferences.userRoot().node("dev/shiftlens/test/" + UUID.randomUUID());

    @BeforeEach
    void openWindowOnAnAnalysedWorkspace() throws Exception {
        Path workspace = dir.resolve("incident.duckdb");
        try (RunStore store = RunStore.open(workspace)) {
            SampleWorkspace.importAndAnalyse(store, SampleWorkspace.writeLog(dir.resolve("incident.jsonl"), 250));
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
    }

    @Test
    void exportingWithAClusterFocusedWritesHtmlAndMarkdownOfThatClusterAlone() throws Exception {
        // the cluster list lays out its cells a pulse or two after the pairs arrive; on a loaded machine later
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#clusters .row-title")
                .match(LabeledMatchers.hasText("Candidate answers 60% shorter")).tryQuery().isPresent());
        clickOn(lookup("#clusters .row-title").match(LabeledMatchers.hasText("Candidate answers 60% shorter")).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#page-description").queryLabeled().getText().contains("in “Candidate answers 60% shorter”"));

        clickOn("File").clickOn("Export report…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#export-report").tryQuery().isPresent());

        assertThat(lookup("#export-chosen-clusters").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(lookup("#export-pii-warning").query().isVisible()).isFalse();
        clickOn("#export-keep-pii");
        assertThat(lookup("#export-pii-warning").query().isVisible()).isTrue();
        clickOn("#export-keep-pii");
        Path out = dir.resolve("exported");
        interact(() -> lookup("#export-folder").queryAs(TextField.class).setText(out.toString()));
        clickOn("#export-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup("#export-status").queryAs(Labeled.class).getText().startsWith("Wrote report.html, report.md"));

        assertThat(lookup("#export-status").queryAs(Labeled.class).getText()).endsWith(" to " + out.toAbsolutePath());
        assertThat(lookup("#export-open-report").query().isDisabled()).isFalse();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("Candidate answers 60% shorter", "Scope: cluster #0 (1 of 3 clusters)")
                .doesNotContain("Adds citation markers").doesNotContain("Rephrased, same content");
        assertThat(Files.readString(out.resolve("report.md"))).contains("Candidate answers 60% shorter")
                .doesNotContain("Adds citation markers");
        copyForLooking(out, lookup("#export-report").query());

        clickOn("#export-close");
        assertThat(lookup("#export-report").tryQuery()).isEmpty();
    }

    /** SHIFTLENS_EXPORT_LOOK=DIR keeps the exported files for a look in a browser (docs/workbench.md). */
    private static void copyForLooking(Path out, Node dialog) throws Exception {
        String target = System.getenv("SHIFTLENS_EXPORT_LOOK");
        if (target != null) {
            Path folder = Files.createDirectories(Path.of(target));
            for (String name : new String[] {"report.html", "report.md"}) {
                Files.copy(out.resolve(name), folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> dialog.getScene().snapshot(null)).get();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    folder.resolve("export-dialog.png").toFile());
        }
    }
}
