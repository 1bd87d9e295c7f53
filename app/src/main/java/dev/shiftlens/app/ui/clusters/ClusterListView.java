// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.app.palette.ClusterPalette;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cluster list under a filter field and sort / verdict choosers. Each cell: the cluster's
 * scatter colour, label, size and share, verdict badge (marked when a reviewer overrode it) with
 * confidence, the top deltas and the most over-represented segment. Esc clears the focus.
 */
public final class ClusterListView extends VBox {

    private final ListView<ClusterRow> list;
    private boolean syncing;

    public ClusterListView(ClusterListViewModel viewModel) {
        super(4);
        list = new ListView<>(viewModel.rows());
        list.setId("clusters");
        list.getStyleClass().add("clusters");
        list.setPlaceholder(new Label("No clusters: the run is not analysed, nothing diverges systematically, or the filter hides them."));
        list.setCellFactory(unused -> {
            ClusterCell cell = new ClusterCell();
            // cells as wide as the list, never wider: long labels wrap instead of scrolling sideways
            cell.prefWidthProperty().bind(list.widthProperty().subtract(18));
            cell.setMaxWidth(Region.USE_PREF_SIZE);
            return cell;
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (syncing) {
                return;
            }
            if (row != null) {
                viewModel.select(row.id());
            } else if (viewModel.rows().stream().noneMatch(shown -> shown.id() == viewModel.selectedClusterProperty().get())) {
                // a null selection while the focused cluster is still listed is the list being refilled, not the user
                viewModel.clearSelection();
            }
        });
        viewModel.selectedClusterProperty().addListener((obs, old, id) -> sync(viewModel));
        viewModel.rows().addListener((javafx.collections.ListChangeListener<ClusterRow>) change -> sync(viewModel));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                viewModel.clearSelection();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(controls(viewModel), list);
    }

    private static HBox controls(ClusterListViewModel viewModel) {
        TextField filter = new TextField();
        filter.setId("cluster-filter");
        filter.setPromptText("Filter clusters");
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setPrefColumnCount(8);
        ComboBox<ClusterOrder> order = new ComboBox<>(FXCollections.observableArrayList(ClusterOrder.values()));
        order.setId("cluster-order");
        order.valueProperty().bindBidirectional(viewModel.orderProperty());
        order.setMaxWidth(150);
        List<Optional<Verdict>> verdicts = new ArrayList<>();
        verdicts.add(Optional.empty());
        for (Verdict v : Verdict.values()) {
            verdicts.add(Optional.of(v));
        }
        ComboBox<Optional<Verdict>> verdict = new ComboBox<>(FXCollections.observableArrayList(verdicts));
        verdict.setId("cluster-verdict-filter");
        verdict.valueProperty().bindBidirectional(viewModel.verdictFilterProperty());
        ListCell<Optional<Verdict>> button = verdictChoice();
        verdict.setButtonCell(button);
        verdict.setCellFactory(unused -> verdictChoice());
        HBox bar = new HBox(4, filter, verdict, order);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static ListCell<Optional<Verdict>> verdictChoice() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Optional<Verdict> value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : value.map(Verdict::label).orElse("all verdicts"));
            }
        };
    }

    private void sync(ClusterListViewModel viewModel) {
        syncing = true;
        try {
            int id = viewModel.selectedClusterProperty().get();
            viewModel.rows().stream().filter(row -> row.id() == id).findFirst()
                    .ifPresentOrElse(list.getSelectionModel()::select, list.getSelectionModel()::clearSelection);
        } finally {
            syncing = false;
        }
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
            Label size = new Label(row.sizeAndShare() + String.format(java.util.Locale.ROOT, " · %.0f%% conf.", row.cluster().confidence() * 100));
            size.getStyleClass().add("row-details");
            Label verdict = new Label(row.verdict().label() + (row.overridden() ? " ✎" : ""));
            verdict.setMinWidth(Region.USE_PREF_SIZE);
            verdict.getStyleClass().addAll("verdict-badge", row.verdictStyle().styleClass());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox second = new HBox(6, size, spacer, verdict);
            second.setAlignment(Pos.CENTER_LEFT);
            VBox text = new VBox(2, label, second);
            if (!row.topDeltas().isEmpty()) {
                text.getChildren().add(detail(row.topDeltas()));
            }
            row.topSegment().ifPresent(segment -> text.getChildren().add(detail("over-represented: " + segment)));
            if (!row.note().isBlank()) {
                Label note = detail("note: " + row.note());
                note.getStyleClass().add("row-note");
                text.getChildren().add(note);
            }
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(8, swatch, text);
            line.setAlignment(Pos.TOP_LEFT);
            line.setMaxWidth(Double.MAX_VALUE);
            setGraphic(line);
        }

        private static Label detail(String text) {
            Label label = new Label(text);
            label.getStyleClass().add("row-details");
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }
    }
}
