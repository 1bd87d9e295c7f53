// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.dialog;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A window the workbench opens over itself (import, export, replay, analysis settings, tasks): owned
 * by the workbench, styled with its current theme, and answering Esc. Callers add what differs
 * (modality, what closing cancels) and show it.
 */
public final class ToolWindow {

    private ToolWindow() {
    }

    /**
     * @param content  builds the window's content, given the action that closes the window
     * @param onEscape what Esc does, e.g. {@link #closeUnless}
     */
    public static Stage create(Window owner, String title, Function<Runnable, Parent> content, Consumer<Stage> onEscape) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(content.apply(stage::close));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                onEscape.accept(stage);
                event.consume();
            }
        });
        stage.setScene(scene);
        return stage;
    }

    /** Esc cancels the work while it runs (the Cancel button's shortcut), and closes the window otherwise. */
    public static Consumer<Stage> cancelOrClose(ObservableBooleanValue running, Runnable cancel) {
        return stage -> {
            if (running.get()) {
                cancel.run();
            } else {
                stage.close();
            }
        };
    }

    /** Esc closes the window, except while {@code busy}: work in flight is cancelled with its own button. */
    public static Consumer<Stage> closeUnless(ObservableBooleanValue busy) {
        return stage -> {
            if (!busy.get()) {
                stage.close();
            }
        };
    }
}
