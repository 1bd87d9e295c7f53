// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.imports;

import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.JoinKey;
import dev.shiftlens.app.ui.dialog.ToolWindow;
import dev.shiftlens.app.ui.imports.PerModelImportViewModel.Side;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.shiftlens.app.ui.imports.ImportControls.heading;
import static dev.shiftlens.app.ui.imports.ImportControls.note;

/**
 * The Import dialog for two per-model logs: baseline and candidate file with Swap, each file's
 * mapping, the join key, the first rows joined, and Import; then "joined N pairs; baseline only X,
 * candidate only Y" with the unmatched rows' reasons. Not modal: the import goes on when closed.
 */
public final class PerModelImportView extends VBox {


    private final PerModelImportViewModel viewModel;
    private final BooleanBinding locked;
    private boolean syncing;

    PerModelImportView(PerModelImportViewModel viewModel, Runnable close) {
        super(8);
        this.viewModel = viewModel;
        this.locked = viewModel.runningProperty().or(viewModel.importedProperty());
        setId("import-dialog");
        setPadding(new Insets(14, 18, 14, 18));
        setPrefSize(1100, 820);
        Label title = new Label("Import two per-model logs");
        title.getStyleClass().add("section-heading");
        TableView<Map<String, String>> preview = preview();
        VBox.setVgrow(preview, Priority.ALWAYS);
        Label note = note("");
        note.setId("import-preview-note");
        note.textProperty().bind(viewModel.previewNoteProperty());
        getChildren().addAll(title, files(), join(), ImportControls.problem(viewModel), heading("First rows joined as they would be imported"), note, preview,
                ImportControls.progress(viewModel), ImportControls.outcome(viewModel), ImportControls.buttons(viewModel, close));
    }

    /** Opens the dialog over {@code owner} and starts reading both logs' first rows. */
    public static Stage open(Window owner, PerModelImportViewModel viewModel) {
        Stage stage = ToolWindow.create(owner, "Import two per-model logs", close -> new PerModelImportView(viewModel, close),
                ToolWindow.closeUnless(viewModel.runningProperty()));
        stage.show();
        viewModel.load();
        return stage;
    }

    private HBox files() {
        Button swap = new Button("Swap");
        swap.setId("import-swap");
        swap.setMinWidth(Region.USE_PREF_SIZE);
        swap.disableProperty().bind(locked);
        swap.setOnAction(event -> viewModel.swap());
        VBox middle = new VBox(swap);
        middle.setAlignment(Pos.CENTER);
        VBox baseline = side(Side.BASELINE, "Baseline (the model before)");
        VBox candidate = side(Side.CANDIDATE, "Candidate (the model after)");
        HBox.setHgrow(baseline, Priority.ALWAYS);
        HBox.setHgrow(candidate, Priority.ALWAYS);
        return new HBox(12, baseline, middle, candidate);
    }

    private VBox side(Side side, String title) {
        String key = side.name().toLowerCase(Locale.ROOT);
        Label file = new Label();
        file.setId("import-" + key + "-file");
        file.setStyle("-fx-font-weight: bold;");
        file.textProperty().bind(Bindings.createStringBinding(() -> fileOf(side).getFileName().toString(),
                viewModel.baselineFileProperty(), viewModel.candidateFileProperty()));
        Label path = note("");
        path.textProperty().bind(Bindings.createStringBinding(() -> fileOf(side).toAbsolutePath().toString(),
                viewModel.baselineFileProperty(), viewModel.candidateFileProperty()));
        Label shape = note("");
        shape.textProperty().bind(Bindings.createStringBinding(() -> viewModel.shapeOf(side), viewModel.mappingVersionProperty()));
        GridPane grid = new GridPane(8, 4);
        int row = 0;
        for (Field field : PerModelImportViewModel.FIELDS) {
            grid.addRow(row++, new Label(label(field)), chooser(side, key, field));
        }
        return new VBox(4, heading(title), file, path, shape, grid);
    }

    private Path fileOf(Side side) {
        return side == Side.BASELINE ? viewModel.baselineFileProperty().get() : viewModel.candidateFileProperty().get();
    }

    private ComboBox<String> chooser(Side side, String key, Field field) {
        ComboBox<String> chooser = new ComboBox<>(viewModel.columns(side));
        chooser.setId("import-" + key + "-field-" + field.key());
        chooser.setPrefWidth(260);
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(String path) {
                return path == null || path.isEmpty() ? "(not mapped)" : path;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        chooser.disableProperty().bind(locked);
        chooser.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                viewModel.setField(side, field, now == null ? "" : now);
            }
        });
        viewModel.mappingVersionProperty().addListener((obs, old, now) -> {
            syncing = true;
            chooser.setValue(viewModel.pathOf(side, field).orElse(""));
            syncing = false;
        });
        return chooser;
    }

    private static String label(Field field) {
        return switch (field) {
            case QUERY -> "Query";
            case OUTPUT -> "Output";
            case REQUEST_ID -> "Request id";
            case TIMESTAMP -> "Timestamp";
            case MODEL -> "Model";
            default -> field.key();
        };
    }

    private VBox join() {
        ComboBox<JoinKey> key = new ComboBox<>();
        key.getItems().setAll(JoinKey.values());
        key.setId("import-join");
        key.setConverter(new StringConverter<>() {
            @Override
            public String toString(JoinKey join) {
                return join == null ? "" : PerModelImportViewModel.describe(join);
            }

            @Override
            public JoinKey fromString(String text) {
                throw new UnsupportedOperationException("the join list is not editable");
            }
        });
        key.valueProperty().bindBidirectional(viewModel.joinProperty());
        key.disableProperty().bind(locked);
        TextField name = new TextField();
        name.setId("import-run-name");
        name.setPrefColumnCount(32);
        name.textProperty().bindBidirectional(viewModel.runNameProperty());
        name.disableProperty().bind(locked);
        HBox row = new HBox(8, heading("Join on"), key, new Label("Run name"), name);
        row.setAlignment(Pos.CENTER_LEFT);
        TextField command = new TextField();
        command.setId("import-command-line");
        command.setEditable(false);
        command.textProperty().bind(Bindings.createStringBinding(viewModel::commandLine, viewModel.mappingVersionProperty(),
                viewModel.joinProperty(), viewModel.baselineFileProperty()));
        return new VBox(6, row, note("Rows without a partner are kept as the run's rejects (\"unmatched: …\"). The same import on the"
                + " command line:"), command);
    }

    private TableView<Map<String, String>> preview() {
        TableView<Map<String, String>> table = new TableView<>(viewModel.previewRows());
        table.setId("import-preview");
        table.setPlaceholder(new Label("Reading the first rows…"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (String title : JoinedPreview.COLUMNS) {
            TableColumn<Map<String, String>, String> column = new TableColumn<>(title);
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(oneLine(cell.getValue().getOrDefault(title, ""))));
            column.setPrefWidth(List.of("query", "baseline output", "candidate output").contains(title) ? 280 : 120);
            table.getColumns().add(column);
        }
        return table;
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
