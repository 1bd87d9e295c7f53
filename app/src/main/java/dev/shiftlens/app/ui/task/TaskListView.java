// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.task;

import dev.shiftlens.app.ui.dialog.ToolWindow;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;

/**
 * View › Background tasks: every task of the session with its state, progress and latest message,
 * and Cancel for each one still running.
 */
public final class TaskListView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    TaskListView(TaskList tasks) {
        super(6);
        setId("task-list");
        setPadding(new Insets(10));
        setPrefSize(860, 380);
        Label title = new Label();
        title.getStyleClass().add("section-heading");
        title.textProperty().bind(tasks.runningCountProperty().asString("Background tasks: %d running"));
        TableView<TaskEntry> table = new TableView<>(tasks.entries());
        table.setId("task-table");
        table.setPlaceholder(new Label("No background task has run in this session."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                text("Started", 70, entry -> TIME.format(entry.started())),
                text("Task", 250, TaskEntry::name),
                state(), progress(), cancel(), message()));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label note = new Label("Running tasks and the last " + TaskList.FINISHED_KEPT + " finished ones, newest first.");
        note.getStyleClass().add("detail-note");
        getChildren().addAll(title, table, note);
    }

    /** Opens the list over {@code owner}; not modal, so it can stay open beside the workbench. */
    public static Stage open(Window owner, TaskList tasks) {
        Stage stage = ToolWindow.create(owner, "Background tasks", close -> new TaskListView(tasks), Stage::close);
        stage.show();
        return stage;
    }

    private static TableColumn<TaskEntry, String> text(String title, double width, java.util.function.Function<TaskEntry, String> value) {
        TableColumn<TaskEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<TaskEntry, String> message() {
        TableColumn<TaskEntry, String> column = new TableColumn<>("Last message");
        column.setPrefWidth(260);
        column.setCellValueFactory(cell -> cell.getValue().messageProperty());
        return column;
    }

    private static TableColumn<TaskEntry, TaskState> state() {
        TableColumn<TaskEntry, TaskState> column = new TableColumn<>("State");
        column.setPrefWidth(80);
        column.setCellValueFactory(cell -> cell.getValue().stateProperty());
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(TaskState state, boolean empty) {
                super.updateItem(state, empty);
                setText(empty || state == null ? null : state.label());
                setStyle(state == TaskState.FAILED && !empty ? "-fx-text-fill: #b3261e;" : "");
            }
        });
        return column;
    }

    private static TableColumn<TaskEntry, Number> progress() {
        TableColumn<TaskEntry, Number> column = new TableColumn<>("Progress");
        column.setPrefWidth(120);
        column.setCellValueFactory(cell -> cell.getValue().progressProperty());
        column.setCellFactory(col -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                bar.setMaxWidth(Double.MAX_VALUE);
                bar.setProgress(value == null ? 0 : value.doubleValue());
                setGraphic(empty || value == null ? null : bar);
            }
        });
        return column;
    }

    private static TableColumn<TaskEntry, TaskEntry> cancel() {
        TableColumn<TaskEntry, TaskEntry> column = new TableColumn<>("");
        column.setPrefWidth(80);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            private final Button button = new Button("Cancel");

            @Override
            protected void updateItem(TaskEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                button.disableProperty().unbind();
                if (empty || entry == null) {
                    setGraphic(null);
                    return;
                }
                button.getStyleClass().add("task-cancel");
                button.disableProperty().bind(entry.stateProperty().isNotEqualTo(TaskState.RUNNING));
                button.setOnAction(event -> entry.cancel());
                setGraphic(button);
            }
        });
        return column;
    }
}
