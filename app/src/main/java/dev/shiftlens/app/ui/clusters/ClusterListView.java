// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.app.palette.ClusterPalette;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.paint.Color;

/**
 * The cluster list: the cluster's scatter colour, its label, size and share, and its verdict in
 * the verdict's colour. Clicking the selected cluster again clears the focus.
 */
public final class ClusterListView extends ListView<ClusterRow> {

    private boolean syncing;

    public ClusterListView(ClusterListViewModel viewModel) {
        super(viewModel.rows());
        setId("clusters");
        getStyleClass().add("clusters");
        setPlaceholder(new Label("No clusters: the run is not analysed, or nothing diverges systematically."));
        setCellFactory(unused -> {
            ClusterCell cell = new ClusterCell();
            // cells as wide as the list, never wider: long labels wrap instead of scrolling sideways
            cell.prefWidthProperty().bind(widthProperty().subtract(18));
            cell.setMaxWidth(Region.USE_PREF_SIZE);
            return cell;
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing) {
                if (row == null) {
                    viewModel.clearSelection();
                } else {
                    viewModel.select(row.id());
                }
            }
        });
        viewModel.selectedClusterProperty().addListener((obs, old, id) -> {
            syncing = true;
            try {
                viewModel.find(id.intValue()).ifPresentOrElse(getSelectionModel()::select, getSelectionModel()::clearSelection);
            } finally {
                syncing = false;
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                viewModel.clearSelection();
            }
        });
    }

    private static final class ClusterCell extends ListCell<ClusterRow> {
        @Override
        protected void updateItem(ClusterRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Circle swatch = new Circle(6, Color.web(ClusterPalette.web(row.paletteColour())));
            Label label = new Label(row.label());
            label.getStyleClass().add("row-title");
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            Label size = new Label(row.sizeAndShare());
            size.getStyleClass().add("row-details");
            Label verdict = new Label(row.verdict().label());
            verdict.setMinWidth(Region.USE_PREF_SIZE);
            verdict.getStyleClass().addAll("verdict-badge", row.verdictStyle().styleClass());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox second = new HBox(6, size, spacer, verdict);
            second.setAlignment(Pos.CENTER_LEFT);
            VBox text = new VBox(2, label, second);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(8, swatch, text);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setMaxWidth(Double.MAX_VALUE);
            setGraphic(line);
        }
    }
}
