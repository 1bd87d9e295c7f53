// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.pairs;

import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.app.ui.clusters.VerdictStyle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.Optional;

/** A table of one page of pairs with previous/next controls; columns don't sort, since a page is not the whole. */
public final class PairTableView extends VBox {

    private final PairTableViewModel viewModel;
    private final TableView<PairRow> table = new TableView<>();
    private boolean syncing;

    public PairTableView(PairTableViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("pair-table");
        table.setId("pair-table");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No pairs to show"));
        table.getColumns().add(textColumn("Request", 110, row -> row.requestId()));
        table.getColumns().add(textColumn("Query", 320, PairRow::queryExcerpt));
        table.getColumns().add(divergenceColumn());
        table.getColumns().add(textColumn("Cluster", 200, PairRow::clusterLabel));
        table.getColumns().add(verdictColumn());
        VBox.setVgrow(table, Priority.ALWAYS);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                viewModel.selectRow(Optional.of(row));
            }
        });
        viewModel.selectedRowProperty().addListener((obs, old, row) -> showSelection(row));
        viewModel.rows().addListener((javafx.collections.ListChangeListener<PairRow>) change ->
                showSelection(viewModel.selectedRowProperty().get()));

        getChildren().addAll(table, pagingBar());
    }

    private HBox pagingBar() {
        Button previous = new Button("◀ Previous");
        previous.setId("previous-page");
        previous.disableProperty().bind(viewModel.hasPreviousProperty().not());
        previous.setOnAction(event -> viewModel.previousPage());
        Button next = new Button("Next ▶");
        next.setId("next-page");
        next.disableProperty().bind(viewModel.hasNextProperty().not());
        next.setOnAction(event -> viewModel.nextPage());
        Label description = new Label();
        description.setId("page-description");
        description.textProperty().bind(viewModel.pageDescriptionProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(16, 16);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, description, loading, spacer, previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.getStyleClass().add("paging-bar");
        return bar;
    }

    private void showSelection(Optional<PairRow> row) {
        syncing = true;
        try {
            Optional<PairRow> shown = row.flatMap(wanted -> viewModel.rows().stream()
                    .filter(candidate -> candidate.pairId() == wanted.pairId()).findFirst());
            if (shown.isPresent()) {
                table.getSelectionModel().select(shown.get());
                table.scrollTo(shown.get());
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<PairRow, String> textColumn(String title, double width,
                                                           java.util.function.Function<PairRow, String> value) {
        TableColumn<PairRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<PairRow, Optional<Double>> divergenceColumn() {
        TableColumn<PairRow, Optional<Double>> column = new TableColumn<>("Divergence");
        column.setPrefWidth(90);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().divergence()));
        column.setCellFactory(unused -> new TableCell<>() {
            @Override
            protected void updateItem(Optional<Double> value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : value.map(d -> String.format(Locale.ROOT, "%.3f", d)).orElse("–"));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return column;
    }

    private static TableColumn<PairRow, Optional<Verdict>> verdictColumn() {
        TableColumn<PairRow, Optional<Verdict>> column = new TableColumn<>("Verdict");
        column.setPrefWidth(100);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().verdict()));
        column.setCellFactory(unused -> new TableCell<>() {
            @Override
            protected void updateItem(Optional<Verdict> value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeAll(VerdictStyle.REGRESSION.styleClass(), VerdictStyle.IMPROVEMENT.styleClass(),
                        VerdictStyle.NEUTRAL.styleClass());
                if (empty || value == null || value.isEmpty()) {
                    setText(null);
                    return;
                }
                setText(value.get().label());
                getStyleClass().add(VerdictStyle.of(value.get()).styleClass());
            }
        });
        return column;
    }
}
