// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.analysis.result.Verdict;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The focused cluster's characterisation, and the finding editor: verdict override, note, Save. */
public final class ClusterDetailView extends StackPane {

    public ClusterDetailView(ClusterDetailViewModel viewModel) {
        getStyleClass().add("cluster-detail");
        setId("cluster-detail");

        Label title = new Label();
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.textProperty().bind(viewModel.titleProperty());
        Label verdict = new Label();
        verdict.setId("cluster-verdict-line");
        verdict.setWrapText(true);
        verdict.textProperty().bind(viewModel.verdictLineProperty());
        // above the facts list, which shows only its first lines in the narrow side panel
        Label topics = new Label();
        topics.setId("cluster-topics");
        topics.setWrapText(true);
        topics.setMinHeight(Region.USE_PREF_SIZE);
        topics.textProperty().bind(viewModel.topicsProperty());
        topics.visibleProperty().bind(viewModel.topicsProperty().isNotEmpty());
        topics.managedProperty().bind(topics.visibleProperty());

        ListView<String> facts = new ListView<>(viewModel.facts());
        facts.setId("cluster-facts");
        facts.getStyleClass().add("facts");
        facts.setPrefHeight(120);
        facts.setCellFactory(unused -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(facts, Priority.ALWAYS);

        List<Optional<Verdict>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        for (Verdict v : Verdict.values()) {
            choices.add(Optional.of(v));
        }
        ComboBox<Optional<Verdict>> override = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(choices));
        override.setId("verdict-override");
        override.valueProperty().bindBidirectional(viewModel.overrideProperty());
        override.setButtonCell(verdictCell());
        override.setCellFactory(unused -> verdictCell());

        TextArea note = new TextArea();
        note.setId("finding-note");
        note.setPromptText("Note for the incident review: what this cluster means, who follows up…");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.textProperty().bindBidirectional(viewModel.noteProperty());

        Button save = new Button("Save finding");
        save.setId("save-finding");
        save.setDefaultButton(false);
        save.disableProperty().bind(viewModel.dirtyProperty().not());
        save.setOnAction(event -> viewModel.save());
        Label status = new Label();
        status.setId("finding-status");
        status.getStyleClass().add("detail-note");
        status.textProperty().bind(viewModel.statusProperty());

        HBox verdictRow = new HBox(6, new Label("Verdict"), override);
        verdictRow.setAlignment(Pos.CENTER_LEFT);
        HBox saveRow = new HBox(8, save, status);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        Label findingHeading = new Label("Finding");
        findingHeading.getStyleClass().add("facts-heading");
        VBox content = new VBox(4, title, verdict, topics, facts, findingHeading, verdictRow, note, saveRow);
        content.setPadding(new Insets(4));
        content.visibleProperty().bind(viewModel.emptyProperty().not());

        Label placeholder = new Label("Select a cluster to read its characterisation and record a finding.");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(viewModel.emptyProperty());
        getChildren().addAll(placeholder, content);
    }

    private static ListCell<Optional<Verdict>> verdictCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Optional<Verdict> verdict, boolean empty) {
                super.updateItem(verdict, empty);
                setText(empty || verdict == null ? null : verdict.map(Verdict::label).orElse("as computed"));
            }
        };
    }
}
