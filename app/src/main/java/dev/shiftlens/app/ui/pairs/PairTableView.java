// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.pairs;

import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.app.ui.clusters.VerdictStyle;
import dev.shiftlens.storage.PairOrder;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
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

/**
 * A filter bar, a table of one page of pairs and previous/next controls. Clicking a column header
 * sorts all matching pairs in DuckDB (not just the page) and turns back to the first page.
 */
public final class PairTableView extends VBox {

    private final PairTableViewModel viewModel;
    private final TableView<PairRow> table = new TableView<>();
    private final PairFilterBar filterBar;
    private boolean syncing;

    public PairTableView(PairTableViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("pair-table");
        table.setId("pair-table");
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        table.setPlaceholder(new Label("No pairs to show"));
        table.getColumns().add(sortable(textColumn("Request", 90, row -> row.requestId()), PairOrder.Column.REQUEST_ID));
        table.getColumns().add(sortable(textColumn("Query", 260, PairRow::queryExcerpt), PairOrder.Column.QUERY));
        table.getColumns().add(sortable(numberColumn("Divergence", PairRow::divergence), PairOrder.Column.DIVERGENCE));
        table.getColumns().add(sortable(numberColumn("Length ratio", row -> row.metric("length_ratio")),
                new PairOrder.Metric("length_ratio")));
        table.getColumns().add(sortable(numberColumn("Similarity", row -> row.metric("semantic_similarity")),
                new PairOrder.Metric("semantic_similarity")));
        table.getColumns().add(sortable(textColumn("Cluster", 200, PairRow::clusterLabel), PairOrder.Column.CLUSTER));
        table.getColumns().add(verdictColumn());
        table.setSortPolicy(unused -> {
            sortInStore();
            return true;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                viewModel.selectRow(Optional.of(row));
            }
        });
        viewModel.selectedRowProperty().addListener((obs, old, row) -> showSelection(row));
        viewModel.rows().addListener((javafx.collections.ListChangeListener<PairRow>) change ->
                showSelection(viewModel.selectedRowProperty().get()));

        filterBar = new PairFilterBar(viewModel);
        table.getColumns().add(table.getColumns().size() - 2, chosenMetricColumn(filterBar.metricProperty()));
        getChildren().addAll(filterBar, table, pagingBar());
    }

    /**
     * The metric chosen in the filter bar, as a column sorted in the store like the others, so any
     * metric can be read and sorted by, not only the two fixed ones; hidden while none is chosen.
     */
    private TableColumn<PairRow, Optional<Double>> chosenMetricColumn(ReadOnlyObjectProperty<String> chosen) {
        TableColumn<PairRow, Optional<Double>> column = numberColumn("", row -> Optional.ofNullable(chosen.get()).flatMap(row::metric));
        column.setId("chosen-metric-column");
        column.setSortable(true);
        column.textProperty().bind(Bindings.createStringBinding(() -> Optional.ofNullable(chosen.get()).orElse(""), chosen));
        column.visibleProperty().bind(chosen.isNotNull());
        chosen.addListener((obs, old, now) -> {
            column.setUserData(now == null ? null : new PairOrder.Metric(now));
            if (now == null) {
                table.getSortOrder().remove(column);
            } else if (table.getSortOrder().contains(column)) {
                sortInStore();
            }
            table.refresh();
        });
        return column;
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

    /** Puts the cursor in the search field (Ctrl+F). */
    public void focusSearch() {
        filterBar.focusSearch();
    }

    private void sortInStore() {
        if (table.getSortOrder().isEmpty()) {
            viewModel.sortBy(PairOrder.NATURAL);
            return;
        }
        TableColumn<PairRow, ?> column = table.getSortOrder().getFirst();
        if (column.getUserData() instanceof PairOrder.Key key) {
            viewModel.sortBy(new PairOrder(key, column.getSortType() == TableColumn.SortType.DESCENDING));
        }
    }

    private static <T> TableColumn<PairRow, T> sortable(TableColumn<PairRow, T> column, PairOrder.Key key) {
        column.setSortable(true);
        column.setUserData(key);
        return column;
    }

    private static TableColumn<PairRow, Optional<Double>> numberColumn(String title,
                                                                      java.util.function.Function<PairRow, Optional<Double>> value) {
        TableColumn<PairRow, Optional<Double>> column = new TableColumn<>(title);
        column.setPrefWidth(90);
        column.setMinWidth(86);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
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
        column.setMinWidth(96);
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
