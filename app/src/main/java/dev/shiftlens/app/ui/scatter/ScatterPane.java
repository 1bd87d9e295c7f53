// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.scatter;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scatter with its tool bar (colour by, pan / box / lasso, clear selection) and a legend in the corner. */
public final class ScatterPane extends BorderPane {

    private final ScatterViewModel viewModel;
    private final ScatterView scatter;
    private final VBox legend = new VBox(2);

    public ScatterPane(ScatterViewModel viewModel) {
        this.viewModel = viewModel;
        this.scatter = new ScatterView(viewModel);
        legend.getStyleClass().add("scatter-legend");
        legend.setId("scatter-legend");
        legend.setPrefWidth(190);
        legend.setMinWidth(150);
        javafx.scene.control.ScrollPane legendScroll = new javafx.scene.control.ScrollPane(legend);
        legendScroll.setFitToWidth(true);
        legendScroll.getStyleClass().add("legend-scroll");
        legendScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane.setMargin(legendScroll, new Insets(0, 0, 0, 4));
        legendScroll.visibleProperty().bind(legend.visibleProperty());
        legendScroll.managedProperty().bind(legend.visibleProperty());
        scatter.setMinSize(100, 100);
        setCenter(scatter);
        setRight(legendScroll);
        setTop(toolBar());
        viewModel.legendProperty().addListener((obs, old, now) -> showLegend(now));
        showLegend(viewModel.legendProperty().get());
    }

    private HBox toolBar() {
        ComboBox<ColourMode> colour = new ComboBox<>(viewModel.colourModes());
        colour.setId("colour-mode");
        colour.valueProperty().bindBidirectional(viewModel.colourModeProperty());
        colour.setButtonCell(modeCell());
        colour.setCellFactory(unused -> modeCell());
        colour.setVisibleRowCount(16);
        colour.setPrefWidth(230);
        colour.setMinWidth(150);
        colour.setTooltip(new Tooltip("Colour the points by cluster, verdict, a metric or a metadata field"));

        ToggleGroup tools = new ToggleGroup();
        List<ToggleButton> buttons = new ArrayList<>();
        for (ScatterTool tool : ScatterTool.values()) {
            ToggleButton button = new ToggleButton(switch (tool) {
                case PAN -> "Pan";
                case BOX -> "Box";
                case LASSO -> "Lasso";
            });
            button.setId("tool-" + tool.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(tools);
            button.setUserData(tool);
            button.setTooltip(new Tooltip(switch (tool) {
                case PAN -> "Drag to pan (H)";
                case BOX -> "Drag a rectangle to select points (B, or Shift+drag)";
                case LASSO -> "Draw around points to select them (L, or Ctrl+drag)";
            }));
            button.setMinWidth(Region.USE_PREF_SIZE);
            buttons.add(button);
        }
        tools.selectToggle(buttons.getFirst());
        tools.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                tools.selectToggle(old);
            } else {
                scatter.toolProperty().set((ScatterTool) now.getUserData());
            }
        });
        scatter.toolProperty().addListener((obs, old, now) ->
                buttons.stream().filter(b -> b.getUserData() == now).findFirst().ifPresent(tools::selectToggle));

        Label selected = new Label();
        selected.setId("scatter-selection-size");
        selected.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedPairsProperty().get()
                .map(ids -> String.format(Locale.ROOT, "%,d selected", ids.length)).orElse(""), viewModel.selectedPairsProperty()));
        Button clear = new Button("Clear selection");
        clear.setId("clear-selection");
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedPairsProperty().get().isEmpty(),
                viewModel.selectedPairsProperty()));
        clear.setOnAction(event -> viewModel.clearSelection());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        selected.setMinWidth(Region.USE_PREF_SIZE);
        Button fit = new Button("Fit");
        fit.setTooltip(new Tooltip("Show all points (0)"));
        fit.setOnAction(event -> viewModel.resetView());
        fit.setMinWidth(Region.USE_PREF_SIZE);
        Label colourLabel = new Label("Colour by");
        colourLabel.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, colourLabel, colour, spacer, selected, clear, buttons.get(0), buttons.get(1),
                buttons.get(2), fit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 0, 4, 0));
        bar.getStyleClass().add("scatter-toolbar");
        return bar;
    }

    private static ListCell<ColourMode> modeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ColourMode mode, boolean empty) {
                super.updateItem(mode, empty);
                setText(empty || mode == null ? null : mode.title());
            }
        };
    }

    private void showLegend(Legend shown) {
        legend.getChildren().clear();
        legend.setVisible(!shown.entries().isEmpty() || shown.scale().isPresent());
        Label title = new Label(shown.title());
        title.getStyleClass().add("legend-title");
        legend.getChildren().add(title);
        shown.scale().ifPresent(scale -> {
            List<Stop> stops = new ArrayList<>();
            for (int k = 0; k < scale.colours().size(); k++) {
                stops.add(new Stop((double) k / (scale.colours().size() - 1), colour(scale.colours().get(k))));
            }
            Rectangle bar = new Rectangle(160, 10, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
            Label low = new Label(scale.low());
            Label high = new Label(scale.high());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox ends = new HBox(low, spacer, high);
            ends.setPrefWidth(160);
            legend.getChildren().addAll(bar, ends);
        });
        for (Legend.Entry entry : shown.entries()) {
            Rectangle swatch = new Rectangle(10, 10, colour(entry.argb()));
            Label label = new Label(entry.label(), swatch);
            label.getStyleClass().add("legend-entry");
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            legend.getChildren().add(label);
        }
    }

    private static Color colour(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
    }

    /** The drawing surface, for tests that click on it. */
    public ScatterView scatter() {
        return scatter;
    }
}
