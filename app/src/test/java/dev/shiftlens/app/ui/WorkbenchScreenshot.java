// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.storage.RunStore;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens the real window on a sample workspace (3,000 pairs), focuses the regression cluster,
 * picks a pair and hovers a point, and writes a PNG of the window: {@code [out.png]}, default
 * {@code /tmp/workbench.png}. Run under Xvfb.
 */
public final class WorkbenchScreenshot {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchScreenshot.class);

    private WorkbenchScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/workbench.png");
        Path dir = Files.createTempDirectory("shiftlens-screenshot");
        Path workspace = dir.resolve("incident.duckdb");
        try (RunStore store = RunStore.open(workspace)) {
            SampleWorkspace.importAndAnalyse(store, SampleWorkspace.writeLog(dir.resolve("incident.jsonl"), 3_000));
        }
        WorkbenchApp.useAnalyser(SampleWorkspace.ANALYSER);
        WorkbenchApp.startWith(Optional.of(workspace), Optional.empty());
        CompletableFuture<WorkbenchApp> started = new CompletableFuture<>();
        Platform.startup(() -> {
            WorkbenchApp app = new WorkbenchApp();
            app.start(new Stage());
            started.complete(app);
        });
        WorkbenchApp app = started.get(20, TimeUnit.SECONDS);
        WorkbenchViewModel workbench = app.viewModel();
        waitUntil(() -> workbench.pairs().rows().size() == 100);
        onFx(() -> workbench.clusters().select(0));
        waitUntil(() -> workbench.pairs().clusterFilter() == 0 && !workbench.pairs().loadingProperty().get());
        onFx(() -> {
            double[] at = workbench.scatter().pixelOf(300).orElseThrow();
            workbench.scatter().clickAt(at[0], at[1]);
        });
        waitUntil(() -> workbench.detail().diffNoteProperty().get().isEmpty() && !workbench.detail().emptyProperty().get());
        onFx(() -> {
            double[] at = workbench.scatter().pixelOf(1_000).orElseThrow();
            workbench.scatter().hoverAt(at[0], at[1]);
        });
        Thread.sleep(800);
        CompletableFuture<Void> written = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                var scene = app.viewModel() == null ? null : javafx.stage.Window.getWindows().getFirst().getScene();
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.toFile());
                written.complete(null);
            } catch (Exception e) {
                written.completeExceptionally(e);
            }
        });
        written.get(20, TimeUnit.SECONDS);
        LOG.info("wrote {}", out);
        Platform.runLater(() -> {
            app.stop();
            Platform.exit();
        });
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            action.run();
            done.complete(null);
        });
        done.get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Boolean> check = new CompletableFuture<>();
            Platform.runLater(() -> check.complete(condition.getAsBoolean()));
            if (check.get(10, TimeUnit.SECONDS)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the window did not reach the expected state in 30 s");
    }
}
