// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.app.jobs.AnalysisJob;
import dev.shiftlens.app.ui.dialog.FxDialogService;
import dev.shiftlens.app.ui.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The workbench application: {@code shiftlens workbench [--workspace W] [--input FILE]} ends up in
 * {@link #launch(Optional, Optional)}, which blocks until the window closes.
 */
public final class WorkbenchApp extends Application {

    private static volatile Optional<Path> startWorkspace = Optional.empty();
    private static volatile Optional<Path> startInput = Optional.empty();
    private static volatile RunAnalyser startAnalyser = AnalysisJob::analyse;
    private static volatile Optional<WorkbenchPreferences> startPreferences = Optional.empty();
    private static volatile Optional<TextEmbedder> startMatchModel = Optional.empty();

    private WorkbenchViewModel viewModel;
    private WorkbenchView view;
    private WorkbenchPreferences preferences;
    private Stage stage;

    /**
     * Opens the workbench on {@code workspace} (default {@link #defaultWorkspace()}), importing
     * {@code importFile} first when no run of the workspace came from it. Returns when the window closes.
     */
    public static void launch(Optional<Path> workspace, Optional<Path> importFile) {
        startWorkspace = Objects.requireNonNull(workspace);
        startInput = Objects.requireNonNull(importFile);
        Application.launch(WorkbenchApp.class);
    }

    /** For tests: the analysis the next window will run on unanalysed runs. */
    static void useAnalyser(RunAnalyser analyser) {
        startAnalyser = analyser;
    }

    /** For tests: the model Match before/after embeds with; empty for the bundled one. */
    static void useMatchModel(Optional<TextEmbedder> model) {
        startMatchModel = model;
    }

    /** For tests: remember settings in this node instead of the user's. */
    static void usePreferences(java.util.prefs.Preferences node) {
        startPreferences = Optional.of(new WorkbenchPreferences(node));
    }

    static void startWith(Optional<Path> workspace, Optional<Path> importFile) {
        startWorkspace = workspace;
        startInput = importFile;
    }

    /** {@code ~/.shiftlens/sample.duckdb}; the folder is created when missing. */
    public static Path defaultWorkspace() {
        Path folder = Path.of(System.getProperty("user.home"), ".shiftlens");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        return folder.resolve("sample.duckdb");
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        preferences = startPreferences.orElseGet(WorkbenchPreferences::user);
        viewModel = new WorkbenchViewModel(new FxTaskExecutor(), new FxDialogService(() -> stage), startAnalyser, startMatchModel);
        view = new WorkbenchView(viewModel, preferences, this::quit, getHostServices()::showDocument);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1500, screen.getWidth()), Math.min(920, screen.getHeight()));
        scene.getStylesheets().add(WorkbenchView.stylesheet("workbench.css"));
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnCloseRequest(event -> quit());
        // a window remembered on a screen that is gone would open out of reach
        preferences.window().filter(bounds -> !Screen.getScreensForRectangle(
                bounds.x(), bounds.y(), bounds.width(), bounds.height()).isEmpty()).ifPresent(bounds -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        });
        viewModel.workspaceProperty().addListener((obs, old, now) -> now.ifPresent(preferences::rememberWorkspace));
        stage.show();
        viewModel.openWorkspace(firstWorkspace(), startInput);
    }

    /** The workspace asked for; else, with no log to import, the one used last (if it still exists); else the sample's. */
    private Path firstWorkspace() {
        if (startWorkspace.isPresent()) {
            return startWorkspace.get();
        }
        if (startInput.isEmpty()) {
            Optional<Path> last = preferences.lastWorkspace().filter(Files::isRegularFile);
            if (last.isPresent()) {
                return last.get();
            }
        }
        return defaultWorkspace();
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            rememberLayout();
            viewModel.close();
        }
    }

    private void rememberLayout() {
        if (view != null && preferences != null) {
            if (!stage.isMaximized()) {
                preferences.window(new WorkbenchPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight(), false));
            } else {
                preferences.preserveMaximized();
            }
            view.saveLayout();
        }
    }

    /** The window's state, for tests that drive the real window. */
    WorkbenchViewModel viewModel() {
        return viewModel;
    }

    private void quit() {
        rememberLayout();
        stage.close();
        Platform.exit();
    }
}
