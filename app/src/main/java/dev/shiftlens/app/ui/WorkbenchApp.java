// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.app.jobs.AnalysisJob;
import dev.shiftlens.app.ui.dialog.FxDialogService;
import dev.shiftlens.app.ui.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
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

    private WorkbenchViewModel viewModel;
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
        viewModel = new WorkbenchViewModel(new FxTaskExecutor(), new FxDialogService(() -> stage), startAnalyser);
        WorkbenchView view = new WorkbenchView(viewModel, this::quit);
        Scene scene = new Scene(view, 1500, 920);
        scene.getStylesheets().add(Objects.requireNonNull(WorkbenchApp.class.getResource("workbench.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnCloseRequest(event -> quit());
        stage.show();
        viewModel.openWorkspace(startWorkspace.orElseGet(WorkbenchApp::defaultWorkspace), startInput);
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.close();
        }
    }

    /** The window's state, for tests that drive the real window. */
    WorkbenchViewModel viewModel() {
        return viewModel;
    }

    private void quit() {
        stage.close();
        Platform.exit();
    }
}
