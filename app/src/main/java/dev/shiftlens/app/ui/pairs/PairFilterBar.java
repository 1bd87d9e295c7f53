// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.pairs;

import dev.shiftlens.storage.PairFilter;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;

import java.util.List;
import java.util.Optional;

/**
 * Search text, one segment (field = value) and one metric range over the pairs table. Typing
 * searches after a short pause; every change goes to the view model as one {@link PairFilter}.
 */
final class PairFilterBar extends FlowPane {

    private static final String ANY = "any";

    private final PairTableViewModel viewModel;
    private final TextField search = new TextField();
    private final ComboBox<String> field = new ComboBox<>();
    private final ComboBox<String> value = new ComboBox<>();
    private final ComboBox<String> metric = new ComboBox<>();
    private final TextField min = new TextField();
    private final TextField max = new TextField();
    private final PauseTransition typing = new PauseTransition(Duration.millis(300));
    private boolean syncing;

    PairFilterBar(PairTableViewModel viewModel) {
        super(6, 4);
        this.viewModel = viewModel;
        getStyleClass().add("pair-filter-bar");
        setPadding(new Insets(4, 6, 4, 6));
        setAlignment(Pos.CENTER_LEFT);

        search.setId("pair-search");
        search.setPromptText("Search request, query, outputs (Ctrl+F)");
        search.setPrefColumnCount(22);
        typing.setOnFinished(event -> apply());
        search.textProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                typing.playFromStart();
            }
        });
        search.setOnAction(event -> apply());

        field.setId("segment-field");
        field.setPromptText("segment");
        field.setItems(viewModel.segmentFields());
        value.setId("segment-value");
        value.setPromptText("value");
        field.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                syncing = true;
                value.getItems().setAll(now == null ? List.of() : viewModel.segmentValues(now));
                value.setValue(null);
                syncing = false;
                apply();
            }
        });
        value.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                apply();
            }
        });

        metric.setId("range-metric");
        metric.setPromptText("metric");
        metric.setItems(viewModel.metricNames());
        metric.setVisibleRowCount(16);
        min.setId("range-min");
        max.setId("range-max");
        min.setPromptText("min");
        max.setPromptText("max");
        min.setPrefColumnCount(4);
        max.setPrefColumnCount(4);
        metric.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                apply();
            }
        });
        min.setOnAction(event -> apply());
        max.setOnAction(event -> apply());
        min.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                apply();
            }
        });
        max.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                apply();
            }
        });
        min.setTooltip(new Tooltip("Lower bound (empty: none); Enter applies"));
        max.setTooltip(new Tooltip("Upper bound (empty: none); Enter applies"));

        Button clear = new Button("Clear filters");
        clear.setId("clear-filters");
        clear.setOnAction(event -> clear());

        getChildren().addAll(search, new Label("Segment"), field, new Label("="), value,
                new Label("Metric"), metric, min, new Label("–"), max, clear);
        viewModel.filterProperty().addListener((obs, old, now) -> show(now));
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void apply() {
        typing.stop();
        PairFilter current = viewModel.filterProperty().get();
        Optional<PairFilter.SegmentValue> segment = field.getValue() == null || value.getValue() == null || ANY.equals(value.getValue())
                ? Optional.empty() : Optional.of(new PairFilter.SegmentValue(field.getValue(), value.getValue()));
        List<PairFilter.MetricRange> ranges = metric.getValue() == null || min.getText().isBlank() && max.getText().isBlank()
                ? List.of()
                : List.of(new PairFilter.MetricRange(metric.getValue(), number(min.getText(), Double.NEGATIVE_INFINITY),
                        number(max.getText(), Double.POSITIVE_INFINITY)));
        viewModel.applyFilter(new PairFilter(current.cluster(), segment, ranges, search.getText()));
    }

    private void clear() {
        syncing = true;
        search.clear();
        field.setValue(null);
        value.setValue(null);
        metric.setValue(null);
        min.clear();
        max.clear();
        syncing = false;
        PairFilter current = viewModel.filterProperty().get();
        viewModel.applyFilter(PairFilter.ALL.withCluster(current.cluster()));
    }

    /** Keeps the controls in step when the filter changes elsewhere (a new run clears it). */
    private void show(PairFilter filter) {
        if (filter.isEmpty() || filter.equals(PairFilter.ALL.withCluster(filter.cluster()))) {
            syncing = true;
            if (!search.isFocused()) {
                search.clear();
            }
            if (filter.segment().isEmpty()) {
                field.setValue(null);
                value.setValue(null);
            }
            syncing = false;
        }
    }

    private static double number(String text, double whenBlank) {
        try {
            return text.isBlank() ? whenBlank : Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return whenBlank;
        }
    }

    /** The metric chosen for the range filter; the table shows it as a sortable column. */
    ReadOnlyObjectProperty<String> metricProperty() {
        return metric.valueProperty();
    }
}
