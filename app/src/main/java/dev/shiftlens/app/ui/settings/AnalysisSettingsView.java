// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.settings;

import dev.shiftlens.app.ui.dialog.ToolWindow;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.util.List;

/**
 * The Analysis settings window: smallest cluster (auto or a number), noise floor (estimated, with
 * its width, or fixed), seed and JSON Schema, each with a one-line note on what it does; then
 * Re-analyse with progress and Cancel, and the findings kept from an earlier analysis.
 */
public final class AnalysisSettingsView extends VBox {

    private final AnalysisSettingsViewModel viewModel;

    AnalysisSettingsView(AnalysisSettingsViewModel viewModel, Runnable close) {
        super(10);
        this.viewModel = viewModel;
        setId("analysis-settings");
        setPadding(new Insets(14, 18, 14, 18));
        setPrefWidth(600);
        Label title = new Label(viewModel.title());
        title.getStyleClass().add("section-heading");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, clusterSize(), noiseFloor(), seed(), schema(), embedding(), verdictPolicy(), previousFindings(), progress(), buttons(close));
    }

    /** Opens the window over {@code owner}; it stays open after re-analysing so the user can try again. */
    public static Stage open(Window owner, AnalysisSettingsViewModel viewModel) {
        Stage stage = ToolWindow.create(owner, "Analysis settings", close -> new AnalysisSettingsView(viewModel, close),
                ToolWindow.closeUnless(viewModel.runningProperty()));
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(event -> viewModel.cancel());
        // messages come and go (a problem, the stage running, earlier findings): let the window follow their height
        for (javafx.beans.Observable text : List.of(viewModel.problemProperty(), viewModel.statusProperty(), viewModel.runningProperty(),
                viewModel.autoChoiceProperty(), viewModel.currentFloorProperty(), viewModel.schemaNoteProperty(), viewModel.previousFindings())) {
            text.addListener(changed -> Platform.runLater(stage::sizeToScene));
        }
        stage.show();
        return stage;
    }

    private VBox clusterSize() {
        TextField size = field("settings-min-cluster-size", viewModel.minClusterSizeProperty(), 80);
        size.disableProperty().bind(viewModel.autoClusterSizeProperty());
        HBox choice = choice(viewModel.autoClusterSizeProperty(), "settings-cluster-auto", "Auto", null,
                "settings-cluster-fixed", "At least", new HBox(4, size, new Label("pairs")));
        return section("Smallest cluster", "Fewest diverged pairs that count as a systematic change; smaller groups stay noise.",
                choice, live(viewModel.autoChoiceProperty(), "settings-auto-choice"));
    }

    private VBox noiseFloor() {
        TextField width = field("settings-floor-width", viewModel.floorWidthProperty(), 60);
        width.disableProperty().bind(viewModel.estimatedFloorProperty().not());
        width.setTooltip(new Tooltip("How many robust standard deviations above typical variation a pair must be to diverge."));
        TextField fixed = field("settings-noise-floor", viewModel.noiseFloorProperty(), 80);
        fixed.disableProperty().bind(viewModel.estimatedFloorProperty());
        fixed.setTooltip(new Tooltip("Pairs whose continuous divergence (0–1) is above this diverge; structural changes always do."));
        HBox choice = choice(viewModel.estimatedFloorProperty(), "settings-floor-estimated", "Estimated: median +",
                new HBox(4, width, new Label("robust SDs")), "settings-floor-fixed", "Fixed at", fixed);
        return section("Noise floor", "Divergence ordinary variation reaches; pairs above it (or with a structural change) diverge.",
                choice, live(viewModel.currentFloorProperty(), "settings-current-floor"));
    }

    private VBox seed() {
        TextField seed = field("settings-seed", viewModel.seedProperty(), 120);
        return section("Seed", "Drives sampling, clustering and layout: the same seed gives the same clusters and scatter.", seed);
    }

    private VBox schema() {
        TextField path = field("settings-schema", viewModel.schemaFileProperty(), 0);
        path.setPromptText("none: outputs are not checked against a schema");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setId("settings-schema-choose");
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("JSON Schema the outputs must follow");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON Schema", "*.json"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File picked = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (picked != null) {
                viewModel.schemaFileProperty().set(picked.toPath().toString());
            }
        });
        Button clear = new Button("Clear");
        clear.setId("settings-schema-clear");
        clear.setOnAction(event -> viewModel.schemaFileProperty().set(""));
        HBox row = new HBox(6, path, choose, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return section("JSON Schema (optional)", "When set, each output is checked against it and schema conformance becomes a metric.",
                row, live(viewModel.schemaNoteProperty(), "settings-schema-note"));
    }

    /** Which model a re-analysis embeds with; shown once the run has been analysed. */
    private VBox embedding() {
        VBox box = section("Embedding", "Sentence vectors of the outputs (docs/analysis.md, embedding paths).",
                live(viewModel.embeddingNoteProperty(), "settings-embedding"));
        box.visibleProperty().bind(Bindings.isNotEmpty(viewModel.embeddingNoteProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Shown only when the analysis overrode the written policy: the window keeps the overrides, it does not edit them. */
    private VBox verdictPolicy() {
        VBox box = section("Verdict policy", "Verdicts per kind of change (docs/analysis.md); a re-analysis keeps these overrides.",
                live(viewModel.verdictPolicyNoteProperty(), "settings-verdict-policy"));
        box.visibleProperty().bind(Bindings.isNotEmpty(viewModel.verdictPolicyNoteProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox previousFindings() {
        VBox list = new VBox(2);
        list.setId("settings-previous-findings");
        Runnable fill = () -> list.getChildren().setAll(viewModel.previousFindings().stream().map(line -> {
            Label label = new Label("• " + line);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }).toList());
        viewModel.previousFindings().addListener((javafx.collections.ListChangeListener<String>) change -> fill.run());
        fill.run();
        VBox box = section("Findings kept from an earlier analysis",
                "Their cluster was not found again (under half its pairs together), so they are kept here rather than moved "
                        + "onto an unrelated cluster. Findings whose cluster is found again follow it.", list);
        box.visibleProperty().bind(Bindings.isNotEmpty(viewModel.previousFindings()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("settings-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label status = new Label();
        status.setId("settings-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(Bindings.when(viewModel.problemProperty().isEmpty().or(viewModel.runningProperty()))
                .then(viewModel.statusProperty()).otherwise(viewModel.problemProperty()));
        status.styleProperty().bind(Bindings.when(viewModel.problemProperty().isEmpty().or(viewModel.runningProperty()))
                .then("").otherwise("-fx-text-fill: #b3261e;"));
        return new VBox(4, bar, status);
    }

    private HBox buttons(Runnable close) {
        Button reanalyse = ToolWindow.action("settings-reanalyse", "Re-analyse", viewModel::reanalyse);
        reanalyse.setDefaultButton(true);
        reanalyse.setTooltip(new Tooltip("Redo divergence, clustering, layout and characterisation; embeddings come from the workspace's cache."));
        reanalyse.disableProperty().bind(viewModel.problemProperty().isNotEmpty());
        Button cancel = ToolWindow.action("settings-cancel", "Cancel re-analysis", viewModel::cancel);
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        Button closeButton = ToolWindow.action("settings-close", "Close", close);
        closeButton.setCancelButton(true);
        closeButton.disableProperty().bind(viewModel.runningProperty());
        return ToolWindow.actionRow(List.of(), reanalyse, cancel, closeButton);
    }

    /** Two radio buttons bound to {@code first}: the first when it is true, the second when false; each with its fields. */
    private static HBox choice(BooleanProperty first, String firstId, String firstText, Node firstFields, String secondId,
                               String secondText, Node secondFields) {
        ToggleGroup group = new ToggleGroup();
        RadioButton one = new RadioButton(firstText);
        one.setId(firstId);
        one.setToggleGroup(group);
        RadioButton two = new RadioButton(secondText);
        two.setId(secondId);
        two.setToggleGroup(group);
        group.selectToggle(first.get() ? one : two);
        first.addListener((obs, was, now) -> group.selectToggle(now ? one : two));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                first.set(now == one);
            }
        });
        HBox row = new HBox(6, one);
        if (firstFields != null) {
            row.getChildren().add(firstFields);
        }
        Region gap = new Region();
        gap.setMinWidth(14);
        row.getChildren().addAll(gap, two, secondFields);
        row.getChildren().forEach(child -> {
            if (child instanceof HBox box) {
                box.setAlignment(Pos.CENTER_LEFT);
            }
        });
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (width > 0) {
            field.setPrefWidth(width);
            field.setMaxWidth(width);
        }
        return field;
    }

    private static VBox section(String heading, String help, Node... content) {
        Label title = new Label(heading);
        title.setStyle("-fx-font-weight: bold;");
        Label note = new Label(help);
        note.getStyleClass().add("detail-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip.install(title, new Tooltip(help));
        VBox box = new VBox(4, title, note);
        box.getChildren().addAll(content);
        return box;
    }

    private static Label live(javafx.beans.value.ObservableStringValue text, String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
