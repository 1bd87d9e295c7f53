// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.dialog;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
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

    /** A button of a tool window's action row. */
    public static Button action(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** The row at the foot of a tool window: {@code left} (notes, secondary buttons) at the left, the actions at the right. */
    public static HBox actionRow(List<? extends Node> left, Button... actions) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(6);
        row.getChildren().addAll(left);
        row.getChildren().add(spacer);
        row.getChildren().addAll(actions);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
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
