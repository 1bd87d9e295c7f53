// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.app.ui.scatter.ColourMode;
import dev.shiftlens.storage.RunStore;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

/**
 * Opens the real window and writes PNGs of it in the states the docs show: {@code [workspace.duckdb
 * [out-folder]]}. With a workspace (e.g. one made by {@code ./shiftlens analyze ... --workspace W})
 * it shows that workspace's newest run; without, a synthetic 3,000-pair incident. Writes
 * overview, finding, metric colouring with a box selection, JSON tree, segments, dark theme and
 * help overlay shots into the folder (default {@code /tmp}). Run under Xvfb.
 */
public final class WorkbenchScreenshot {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchScreenshot.class);

    private WorkbenchScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = args.length > 0 ? Path.of(args[0]) : syntheticWorkspace();
        Path out = Path.of(args.length > 1 ? args[1] : "/tmp");
        Files.createDirectories(out);
        Preferences preferences = Preferences.userRoot().node("dev/shiftlens/screenshot/" + UUID.randomUUID());
        WorkbenchApp.useAnalyser(SampleWorkspace.ANALYSER);
        WorkbenchApp.usePreferences(preferences);
        WorkbenchApp.startWith(Optional.of(workspace), Optional.empty());
        CompletableFuture<WorkbenchApp> started = new CompletableFuture<>();
        Platform.startup(() -> {
            WorkbenchApp app = new WorkbenchApp();
            Stage stage = new Stage();
            app.start(stage);
            stage.setWidth(1500);
            stage.setHeight(920);
            started.complete(app);
        });
        WorkbenchApp app = started.get(20, TimeUnit.SECONDS);
        WorkbenchViewModel workbench = app.viewModel();
        waitUntil(() -> workbench.pairs().rows().size() == 100 && !workbench.clusters().rows().isEmpty());

        // overview: the largest regression focused, a representative pair side by side
        int top = workbench.clusters().rows().getFirst().id();
        onFx(() -> workbench.clusters().select(top));
        waitUntil(() -> workbench.pairs().clusterFilter() == top && !workbench.pairs().loadingProperty().get());
        int representative = workbench.clusters().find(top).orElseThrow().cluster().representativePairIds().stream().findFirst()
                .orElse(workbench.pairs().rows().getFirst().pairId());
        onFx(() -> workbench.pairs().select(representative));
        waitForDetail(workbench);
        onFx(() -> workbench.scatter().pixelOf(representative).ifPresent(at -> workbench.scatter().hoverAt(at[0], at[1])));
        Thread.sleep(500);
        shoot(out.resolve("workbench-overview.png"));

        // a finding: verdict confirmed with a note
        onFx(() -> {
            workbench.scatter().exit();
            workbench.clusterDetail().overrideProperty().set(Optional.of(Verdict.REGRESSION));
            workbench.clusterDetail().noteProperty().set("Confirmed: warranty answers lost the coverage details. Owner: support-bot team.");
        });
        Thread.sleep(300);
        shoot(out.resolve("workbench-finding.png"));

        // colour by a metric, box-select the shortest answers
        onFx(() -> {
            workbench.clusters().clearSelection();
            workbench.scatter().colourModeProperty().set(new ColourMode.ByMetric("log_length_ratio"));
        });
        waitUntil(() -> workbench.scatter().legendProperty().get().scale().isPresent());
        onFx(() -> workbench.pairs().sortBy(new dev.shiftlens.storage.PairOrder(new dev.shiftlens.storage.PairOrder.Metric("length_ratio"), false)));
        waitUntil(() -> !workbench.pairs().loadingProperty().get());
        onFx(() -> workbench.scatter().pixelOf(representative).ifPresent(at ->
                workbench.scatter().selectBox(at[0] - 70, at[1] - 60, at[0] + 70, at[1] + 60)));
        waitUntil(() -> !workbench.pairs().loadingProperty().get());
        Thread.sleep(400);
        shoot(out.resolve("workbench-metric-selection.png"));

        // a JSON pair: the tree diff with the renamed key
        onFx(() -> {
            workbench.scatter().clearSelection();
            workbench.scatter().colourModeProperty().set(ColourMode.VERDICT);
        });
        Optional<Integer> json = workbench.clusters().rows().stream().filter(row -> row.label().contains("Key")).map(row -> row.id()).findFirst();
        if (json.isPresent()) {
            onFx(() -> workbench.clusters().select(json.get()));
            waitUntil(() -> workbench.pairs().clusterFilter() == json.get() && !workbench.pairs().loadingProperty().get()
                    && !workbench.pairs().rows().isEmpty());
            onFx(() -> workbench.pairs().select(workbench.pairs().rows().getFirst().pairId()));
            waitForDetail(workbench);
            waitUntil(() -> workbench.detail().jsonTreeProperty().get().isPresent());
            onFx(() -> ((TabPane) scene().lookup("#detail-tabs")).getSelectionModel().select(1));
            Thread.sleep(400);
            shoot(out.resolve("workbench-json.png"));
            onFx(() -> ((TabPane) scene().lookup("#detail-tabs")).getSelectionModel().select(0));
        }

        // segments
        onFx(() -> {
            workbench.clusters().select(top);
            ((TabPane) scene().lookup("#centre-tabs")).getSelectionModel().select(1);
        });
        waitUntil(() -> !workbench.segments().shares().isEmpty() && !workbench.segments().lengthsProperty().get().bins().isEmpty());
        onFx(() -> workbench.segments().fieldProperty().set(workbench.segments().fields().contains("prompt_version") ? "prompt_version"
                : workbench.segments().fieldProperty().get()));
        Thread.sleep(800);
        shoot(out.resolve("workbench-segments.png"));

        // dark theme on the scatter
        onFx(() -> {
            ((TabPane) scene().lookup("#centre-tabs")).getSelectionModel().select(0);
            workbench.scatter().colourModeProperty().set(ColourMode.CLUSTER);
            ((javafx.scene.control.CheckMenuItem) findMenuItem("dark-theme")).fire();
        });
        Thread.sleep(600);
        shoot(out.resolve("workbench-dark.png"));

        onFx(() -> {
            ((javafx.scene.control.CheckMenuItem) findMenuItem("dark-theme")).fire();
            scene().lookup("#help-overlay").setVisible(true);
        });
        Thread.sleep(400);
        shoot(out.resolve("workbench-help.png"));

        CompletableFuture<Void> stopped = new CompletableFuture<>();
        Platform.runLater(() -> {
            app.stop();
            Platform.exit();
            stopped.complete(null);
        });
        stopped.get(20, TimeUnit.SECONDS);
        preferences.removeNode();
    }

    private static Path syntheticWorkspace() throws Exception {
        Path dir = Files.createTempDirectory("shiftlens-screenshot");
        Path workspace = dir.resolve("incident.duckdb");
        try (RunStore store = RunStore.open(workspace)) {
            SampleWorkspace.importAndAnalyse(store, SampleWorkspace.writeLog(dir.resolve("incident.jsonl"), 3_000));
        }
        return workspace;
    }

    private static void waitForDetail(WorkbenchViewModel workbench) throws Exception {
        waitUntil(() -> workbench.detail().diffNoteProperty().get().isEmpty() && !workbench.detail().emptyProperty().get());
    }

    private static Scene scene() {
        return javafx.stage.Window.getWindows().getFirst().getScene();
    }

    private static javafx.scene.control.MenuItem findMenuItem(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) scene().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow();
    }

    private static void shoot(Path file) throws Exception {
        CompletableFuture<Void> written = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene().snapshot(null), null), "png", file.toFile());
                written.complete(null);
            } catch (Exception e) {
                written.completeExceptionally(e);
            }
        });
        written.get(20, TimeUnit.SECONDS);
        LOG.info("wrote {}", file);
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> check = new CompletableFuture<>();
            Platform.runLater(() -> check.complete(condition.getAsBoolean()));
            if (check.get(10, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the window did not reach the expected state in 60 s");
    }
}
