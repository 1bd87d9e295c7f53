// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.segments;

import dev.shiftlens.app.palette.ClusterPalette;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * Left: the chosen metadata field's values, each with a bar split by cluster (in the clusters'
 * scatter colours; the rest is pairs in no cluster). Right: output lengths, baseline vs candidate,
 * and one more metric's distribution, as bar charts of shares.
 */
public final class SegmentView extends SplitPane {

    private final VBox bars = new VBox(6);

    public SegmentView(SegmentViewModel viewModel) {
        setId("segment-view");
        getStyleClass().add("segment-view");

        ComboBox<String> field = new ComboBox<>(viewModel.fields());
        field.setId("segment-view-field");
        field.valueProperty().bindBidirectional(viewModel.fieldProperty());
        HBox fieldBar = new HBox(6, new Label("Cluster share by"), field);
        fieldBar.setAlignment(Pos.CENTER_LEFT);
        bars.setPadding(new Insets(4));
        ScrollPane barScroll = new ScrollPane(bars);
        barScroll.setFitToWidth(true);
        VBox.setVgrow(barScroll, Priority.ALWAYS);
        VBox left = new VBox(6, fieldBar, barScroll);
        left.setPadding(new Insets(4));
        viewModel.shares().addListener((ListChangeListener<SegmentShare>) change -> showShares(viewModel));

        BarChart<String, Number> lengths = chart("segment-lengths");
        Label lengthsKey = key();
        viewModel.lengthsProperty().addListener((obs, old, now) -> fill(lengths, lengthsKey, now));
        ComboBox<String> metric = new ComboBox<>(viewModel.metrics());
        metric.setId("segment-view-metric");
        metric.setVisibleRowCount(16);
        metric.valueProperty().bindBidirectional(viewModel.metricProperty());
        BarChart<String, Number> metricChart = chart("segment-metric");
        Label metricKey = key();
        viewModel.metricDistributionProperty().addListener((obs, old, now) -> fill(metricChart, metricKey, now));
        HBox metricBar = new HBox(6, new Label("Distribution of"), metric);
        metricBar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(lengths, Priority.ALWAYS);
        VBox.setVgrow(metricChart, Priority.ALWAYS);
        VBox right = new VBox(4, lengths, lengthsKey, metricBar, metricChart, metricKey);
        right.setPadding(new Insets(4));

        getItems().addAll(left, right);
        setDividerPositions(0.45);
    }

    private void showShares(SegmentViewModel viewModel) {
        bars.getChildren().clear();
        for (SegmentShare share : viewModel.shares()) {
            Label caption = new Label(share.caption());
            caption.getStyleClass().add("segment-caption");
            HBox bar = new HBox();
            bar.getStyleClass().add("segment-bar");
            bar.setPrefHeight(14);
            bar.setMinHeight(14);
            for (SegmentShare.Part part : share.parts()) {
                Region piece = new Region();
                piece.setStyle("-fx-background-color: " + ClusterPalette.web(ClusterPalette.colour(part.clusterId())) + ";");
                piece.prefWidthProperty().bind(bar.widthProperty().multiply(part.share()));
                piece.setMinWidth(0);
                Tooltip.install(piece, new Tooltip(String.format(Locale.ROOT, "%s: %.1f%% of %s", part.label(), part.share() * 100,
                        share.value())));
                bar.getChildren().add(piece);
            }
            bars.getChildren().add(new VBox(2, caption, bar));
        }
        if (viewModel.shares().isEmpty()) {
            bars.getChildren().add(new Label("No metadata fields in this run, or not analysed yet."));
        }
    }

    private static BarChart<String, Number> chart(String id) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("% of pairs");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setCategoryGap(2);
        chart.setBarGap(0);
        chart.setMinHeight(160);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("distribution-chart");
        return chart;
    }

    /** The series key under a chart, in the bar colours the stylesheet gives series 1 and 2. */
    private static Label key() {
        Label key = new Label();
        key.getStyleClass().add("chart-key");
        key.setWrapText(true);
        return key;
    }

    private static void fill(BarChart<String, Number> chart, Label key, Distribution distribution) {
        chart.setTitle(distribution.title());
        List<String> colours = List.of("blue", "orange");
        key.setText(java.util.stream.IntStream.range(0, distribution.series().size())
                .mapToObj(s -> colours.get(Math.min(s, 1)) + ": " + distribution.series().get(s))
                .collect(java.util.stream.Collectors.joining("   ·   ")));
        chart.getData().clear();
        for (int s = 0; s < distribution.series().size(); s++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(distribution.series().get(s));
            for (Histogram.Bin bin : distribution.bins()) {
                series.getData().add(new XYChart.Data<>(bin.label(), bin.shares()[s] * 100));
            }
            chart.getData().add(series);
        }
    }
}
