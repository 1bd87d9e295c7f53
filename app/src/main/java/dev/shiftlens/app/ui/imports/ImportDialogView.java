// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.imports;

import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.app.ui.dialog.ToolWindow;
import dev.shiftlens.connectors.logformat.RowShape;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.Map;
import java.util.Optional;

import static dev.shiftlens.app.ui.imports.ImportControls.heading;
import static dev.shiftlens.app.ui.imports.ImportControls.note;

/**
 * The Import dialog: file, shape, the mapping as one chooser per record field and a tick list of
 * segment fields, the first rows as the mapping reads them, and Import; then progress with Cancel,
 * "rows read = stored + rejected" and the reject reasons. Not modal: the import goes on, listed in
 * the background tasks, when the dialog is closed.
 */
public final class ImportDialogView extends VBox {

    private static final String NOT_MAPPED = "";

    private final ImportDialogViewModel viewModel;
    private final GridPane fieldGrid = new GridPane(8, 4);
    private boolean syncing;

    ImportDialogView(ImportDialogViewModel viewModel, Runnable close) {
        super(8);
        this.viewModel = viewModel;
        setId("import-dialog");
        setPadding(new Insets(14, 18, 14, 18));
        setPrefSize(1000, 820);
        Label title = new Label("Import " + viewModel.file().getFileName());
        title.getStyleClass().add("section-heading");
        Label path = note(viewModel.file().toAbsolutePath().toString());
        TableView<Map<String, String>> preview = preview();
        VBox.setVgrow(preview, Priority.ALWAYS);
        getChildren().addAll(title, path, shape(), mapping(), split(), ImportControls.problem(viewModel), heading("First rows as they would be imported"), preview,
                ImportControls.progress(viewModel), ImportControls.outcome(viewModel), ImportControls.buttons(viewModel, close));
        viewModel.mappingProperty().addListener((obs, old, now) -> syncFields());
        viewModel.fields().addListener((ListChangeListener<Field>) change -> buildFieldGrid());
        buildFieldGrid();
    }

    /** Opens the dialog over {@code owner} and starts reading the file's first rows. */
    public static Stage open(Window owner, ImportDialogViewModel viewModel) {
        Stage stage = ToolWindow.create(owner, "Import " + viewModel.file().getFileName(), close -> new ImportDialogView(viewModel, close),
                ToolWindow.closeUnless(viewModel.runningProperty()));
        stage.show();
        viewModel.load();
        return stage;
    }

    private HBox shape() {
        ComboBox<ImportShape> chooser = new ComboBox<>(viewModel.shapes());
        chooser.setId("import-shape");
        chooser.setPromptText("choose the log's shape");
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportShape shape) {
                return shape == null ? "" : shape.describe();
            }

            @Override
            public ImportShape fromString(String text) {
                throw new UnsupportedOperationException("the shape list is not editable");
            }
        });
        chooser.disableProperty().bind(viewModel.runningProperty().or(viewModel.importedProperty()));
        chooser.valueProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                viewModel.chooseShape(now.name());
            }
        });
        viewModel.mappingProperty().addListener((obs, old, now) -> {
            syncing = true;
            chooser.setValue(now.flatMap(m -> viewModel.shapes().stream().filter(s -> s.name().equals(m.format())).findFirst()).orElse(null));
            syncing = false;
        });
        Label description = note("");
        description.setId("import-shape-description");
        description.textProperty().bind(Bindings.createStringBinding(() -> viewModel.mappingProperty().get()
                .map(m -> "Detected: " + m.format() + " — " + m.description()).orElse(""), viewModel.mappingProperty()));
        HBox.setHgrow(description, Priority.ALWAYS);
        HBox row = new HBox(8, heading("Shape"), chooser, description);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox mapping() {
        ListView<SegmentChoice> segments = new ListView<>(viewModel.segments());
        segments.setId("import-segments");
        segments.setPrefSize(330, 170);
        segments.setPlaceholder(new Label("No other fields in the first rows."));
        segments.setCellFactory(CheckBoxListCell.forListView(SegmentChoice::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(SegmentChoice choice) {
                return choice == null ? "" : choice.path();
            }

            @Override
            public SegmentChoice fromString(String text) {
                throw new UnsupportedOperationException("the segment list is not editable");
            }
        }));
        segments.disableProperty().bind(viewModel.runningProperty().or(viewModel.importedProperty()));
        TextField name = new TextField();
        name.setId("import-run-name");
        name.textProperty().bindBidirectional(viewModel.runNameProperty());
        name.disableProperty().bind(viewModel.runningProperty().or(viewModel.importedProperty()));
        fieldGrid.setId("import-fields");
        TextField command = new TextField();
        command.setId("import-command-line");
        command.setEditable(false);
        command.textProperty().bind(Bindings.createStringBinding(viewModel::commandLine, viewModel.mappingProperty(),
                viewModel.splitByTimeProperty(), viewModel.cutoverAtProperty(), viewModel.beforeVersionProperty()));
        VBox left = new VBox(6, heading("Mapping (which field of the log fills which field of a run)"), fieldGrid,
                new HBox(8, new Label("Run name"), name), note("The same import on the command line:"), command);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(6, heading("Segments (ticked fields become segments)"), segments);
        return new HBox(18, left, right);
    }

    /** For a log with one output per row: by version (which is "before") or at a time, as --before-version / --cutover-at. */
    private HBox split() {
        ToggleGroup how = new ToggleGroup();
        RadioButton byVersion = new RadioButton("By version; before =");
        byVersion.setId("import-split-version");
        byVersion.setToggleGroup(how);
        RadioButton byTime = new RadioButton("At time");
        byTime.setId("import-split-time");
        byTime.setToggleGroup(how);
        byTime.setSelected(viewModel.splitByTimeProperty().get());
        byVersion.setSelected(!byTime.isSelected());
        viewModel.splitByTimeProperty().bind(byTime.selectedProperty());
        ComboBox<String> before = new ComboBox<>(viewModel.versions());
        before.setId("import-before-version");
        before.setEditable(true);
        before.setPromptText("(the earliest version)");
        before.valueProperty().addListener((obs, old, now) -> viewModel.beforeVersionProperty().set(now == null ? "" : now));
        before.disableProperty().bind(byTime.selectedProperty());
        TextField at = new TextField();
        at.setId("import-cutover-at");
        at.setPromptText("2026-04-06T00:00:00Z");
        at.setPrefColumnCount(20);
        at.textProperty().bindBidirectional(viewModel.cutoverAtProperty());
        at.disableProperty().bind(byTime.selectedProperty().not());
        HBox row = new HBox(8, heading("Cutover split"), byVersion, before, byTime, at, note("ISO-8601; rows earlier are \"before\""));
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(viewModel.runningProperty().or(viewModel.importedProperty()));
        row.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.mappingProperty().get()
                .filter(m -> m.rowShape() == RowShape.SINGLE_OUTPUT).isPresent(), viewModel.mappingProperty()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private void buildFieldGrid() {
        fieldGrid.getChildren().clear();
        int row = 0;
        for (Field field : viewModel.fields()) {
            ComboBox<String> chooser = new ComboBox<>(viewModel.columns());
            chooser.setId("import-field-" + field.key());
            chooser.setPrefWidth(360);
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
            chooser.disableProperty().bind(viewModel.runningProperty().or(viewModel.importedProperty()));
            chooser.setValue(viewModel.pathOf(field).orElse(NOT_MAPPED));
            chooser.valueProperty().addListener((obs, old, now) -> {
                if (!syncing) {
                    viewModel.setField(field, now == null ? NOT_MAPPED : now);
                }
            });
            Button clear = new Button("×");
            clear.setId("import-unmap-" + field.key());
            clear.setOnAction(event -> viewModel.setField(field, NOT_MAPPED));
            clear.disableProperty().bind(chooser.disableProperty());
            fieldGrid.addRow(row++, new Label(label(field)), chooser, clear);
        }
    }

    private void syncFields() {
        syncing = true;
        try {
            for (Field field : viewModel.fields()) {
                Optional.ofNullable(fieldGrid.lookup("#import-field-" + field.key())).ifPresent(node -> {
                    @SuppressWarnings("unchecked")
                    ComboBox<String> chooser = (ComboBox<String>) node;
                    chooser.setValue(viewModel.pathOf(field).orElse(NOT_MAPPED));
                });
            }
        } finally {
            syncing = false;
        }
    }

    private static String label(Field field) {
        return switch (field) {
            case QUERY -> "Query";
            case BASELINE_OUTPUT -> "Baseline output";
            case CANDIDATE_OUTPUT -> "Candidate output";
            case OUTPUT -> "Output";
            case REQUEST_ID -> "Request id";
            case TIMESTAMP -> "Timestamp";
            case MODEL -> "Model";
            case VERSION -> "Version (splits before/after)";
            default -> field.key();
        };
    }

    private TableView<Map<String, String>> preview() {
        TableView<Map<String, String>> table = new TableView<>(viewModel.previewRows());
        table.setId("import-preview");
        table.setPlaceholder(new Label("Reading the first rows…"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        viewModel.previewColumns().addListener((ListChangeListener<String>) change -> {
            table.getColumns().clear();
            for (String title : viewModel.previewColumns()) {
                TableColumn<Map<String, String>, String> column = new TableColumn<>(title);
                column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(oneLine(cell.getValue().getOrDefault(title, ""))));
                column.setPrefWidth(title.endsWith("output") || title.equals("query") ? 260 : 130);
                table.getColumns().add(column);
            }
        });
        return table;
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
