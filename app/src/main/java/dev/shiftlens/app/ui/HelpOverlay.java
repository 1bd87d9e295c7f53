// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The keyboard shortcuts over a dimmed window; F1, Esc or a click closes it. */
final class HelpOverlay extends StackPane {

    /** A shortcut and what it does; a null key starts a new section titled by the action. */
    record Shortcut(String key, String action) {
    }

    static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut(null, "Workspace"),
            new Shortcut("Ctrl+O", "Open or create a workspace (.duckdb)"),
            new Shortcut("Ctrl+I", "Import a log: confirm or edit its shape and mapping on a preview (dropping the file opens it too)"),
            new Shortcut("Ctrl+E", "Export a report of the shown run: whole run or the ticked clusters, HTML, Markdown, CSV, JSON"),
            new Shortcut("Ctrl+R", "Replay the shown run's queries against endpoints: estimate first, then progress, spend and Cancel (Esc)"),
            new Shortcut("Ctrl+M", "Match before/after of the shown cutover run: pair each after-window query with its most similar before-window query"),
            new Shortcut("Ctrl+Shift+A", "Analysis settings of the shown run: smallest cluster, noise floor, seed, JSON Schema; re-analyse"),
            new Shortcut("Ctrl+Shift+B", "Background tasks: imports, analyses and exports of this session, with Cancel"),
            new Shortcut("Ctrl+T", "Switch between light and dark theme"),
            new Shortcut("Ctrl+Q", "Quit"),
            new Shortcut(null, "Clusters and findings"),
            new Shortcut("click", "Focus a cluster: the scatter highlights it, the table lists its pairs"),
            new Shortcut("Esc", "Clear the cluster focus (in the cluster list)"),
            new Shortcut("Ctrl+S", "Save the finding (verdict override and note) on the focused cluster"),
            new Shortcut(null, "Pairs"),
            new Shortcut("J / K", "Next / previous pair in the table's order (the focused cluster's pairs)"),
            new Shortcut("Ctrl+F", "Search the pairs (request id, query, outputs)"),
            new Shortcut("header click", "Sort all matching pairs by that column"),
            new Shortcut(null, "Scatter"),
            new Shortcut("drag", "Pan (with the Pan tool)"),
            new Shortcut("Shift+drag, B", "Box selection (B picks the Box tool)"),
            new Shortcut("Ctrl+drag, L", "Lasso selection (L picks the Lasso tool); H returns to Pan"),
            new Shortcut("wheel, + -", "Zoom around the mouse / the centre"),
            new Shortcut("0", "Fit all points"),
            new Shortcut("click", "Open the nearest pair side by side"),
            new Shortcut("Ctrl+1 / Ctrl+2", "Show the scatter / the segment view"),
            new Shortcut("F1", "This list"));

    HelpOverlay(Runnable close) {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        GridPane grid = new GridPane(18, 3);
        int row = 0;
        for (Shortcut shortcut : SHORTCUTS) {
            if (shortcut.key() == null) {
                Label section = new Label(shortcut.action());
                section.getStyleClass().add("help-section");
                GridPane.setColumnSpan(section, 2);
                grid.add(section, 0, row++);
                continue;
            }
            Label key = new Label(shortcut.key());
            key.getStyleClass().add("help-key");
            grid.add(key, 0, row);
            grid.add(new Label(shortcut.action()), 1, row++);
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("help-title");
        Label hint = new Label("F1, Esc or click to close");
        hint.getStyleClass().add("detail-note");
        VBox card = new VBox(8, title, grid, hint);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(16, 22, 16, 22));
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        setOnMouseClicked(event -> close.run());
    }
}
