// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.detail;

import dev.shiftlens.app.diff.DiffSegment;
import dev.shiftlens.app.diff.WordDiff;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Query on top, baseline and candidate outputs side by side in wrapped, scrollable text flows
 * (removed words on a red ground on the left, added words on a green ground on the right), and
 * the pair's metrics, changes and metadata below.
 */
public final class PairDetailView extends StackPane {

    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");

    public PairDetailView(PairDetailViewModel viewModel) {
        getStyleClass().add("pair-detail");
        setId("pair-detail");

        Label title = new Label();
        title.getStyleClass().add("detail-title");
        title.textProperty().bind(viewModel.titleProperty());
        Label query = new Label();
        query.setId("detail-query");
        query.getStyleClass().add("detail-query");
        query.setWrapText(true);
        query.textProperty().bind(viewModel.queryProperty());
        ScrollPane queryScroll = new ScrollPane(query);
        queryScroll.setFitToWidth(true);
        queryScroll.setMaxHeight(70);
        queryScroll.setMinHeight(34);
        queryScroll.getStyleClass().add("detail-query-scroll");

        SplitPane sides = new SplitPane(
                side("baseline-text", viewModel.baselineHeadingProperty(), viewModel.baselineProperty()),
                side("candidate-text", viewModel.candidateHeadingProperty(), viewModel.candidateProperty()));
        sides.setOrientation(Orientation.HORIZONTAL);
        VBox.setVgrow(sides, Priority.ALWAYS);

        Label diffNote = new Label();
        diffNote.getStyleClass().add("detail-note");
        diffNote.textProperty().bind(viewModel.diffNoteProperty());
        diffNote.managedProperty().bind(diffNote.textProperty().isNotEmpty());

        HBox facts = new HBox(8, facts("Metrics", viewModel.metrics()), facts("Changes", viewModel.changes()),
                facts("Metadata", viewModel.metadata()));
        facts.setPrefHeight(150);
        facts.setMinHeight(60);

        javafx.scene.control.Tab textTab = new javafx.scene.control.Tab("Side by side", sides);
        javafx.scene.control.Tab jsonTab = new javafx.scene.control.Tab("JSON structure", JsonDiffTree.of(viewModel.jsonTreeProperty()));
        jsonTab.setId("json-tab");
        jsonTab.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.jsonTreeProperty().get().isEmpty(),
                viewModel.jsonTreeProperty()));
        javafx.scene.control.TabPane views = new javafx.scene.control.TabPane(textTab, jsonTab);
        views.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        views.setId("detail-tabs");
        VBox.setVgrow(views, Priority.ALWAYS);

        javafx.scene.control.SplitPane lower = new javafx.scene.control.SplitPane(views, facts);
        lower.setOrientation(Orientation.VERTICAL);
        lower.setDividerPositions(0.72);
        VBox.setVgrow(lower, Priority.ALWAYS);
        VBox content = new VBox(6, title, copyBar(viewModel), queryScroll, lower, diffNote);
        content.setPadding(new Insets(6));
        content.visibleProperty().bind(viewModel.emptyProperty().not());

        Label placeholder = new Label("Select a pair in the table or a point in the scatter to compare its outputs.");
        placeholder.getStyleClass().add("placeholder");
        placeholder.visibleProperty().bind(viewModel.emptyProperty());
        getChildren().addAll(placeholder, content);
    }

    private static HBox copyBar(PairDetailViewModel viewModel) {
        HBox bar = new HBox(4);
        bar.getStyleClass().add("copy-bar");
        for (String[] what : new String[][] {{"request", "Copy id"}, {"query", "Copy query"}, {"baseline", "Copy baseline"},
                {"candidate", "Copy candidate"}}) {
            javafx.scene.control.Button copy = new javafx.scene.control.Button(what[1]);
            copy.setId("copy-" + what[0]);
            copy.getStyleClass().add("small-button");
            copy.setOnAction(event -> {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(viewModel.copyText(what[0]));
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            });
            bar.getChildren().add(copy);
        }
        return bar;
    }

    private static Node side(String id, javafx.beans.value.ObservableStringValue heading,
                             javafx.beans.value.ObservableObjectValue<List<DiffSegment>> segments) {
        Label label = new Label();
        label.getStyleClass().add("side-heading");
        label.textProperty().bind(heading);
        TextFlow flow = new TextFlow();
        flow.setId(id);
        flow.getStyleClass().add("diff-flow");
        flow.setPadding(new Insets(6));
        fill(flow, segments.get());
        segments.addListener((obs, old, now) -> fill(flow, now));
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("diff-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(4, label, scroll);
        box.setMinWidth(120);
        return box;
    }

    /** Unchanged runs become one {@link Text}; changed runs become one marked label per word, so they wrap. */
    private static void fill(TextFlow flow, List<DiffSegment> segments) {
        flow.getChildren().clear();
        for (DiffSegment segment : segments) {
            if (segment.kind() == DiffSegment.Kind.SAME) {
                flow.getChildren().add(token(segment.text()));
                continue;
            }
            String marker = segment.kind() == DiffSegment.Kind.REMOVED ? "diff-removed" : "diff-added";
            Matcher words = WORDS.matcher(segment.text());
            while (words.find()) {
                String word = words.group();
                if (word.isBlank()) {
                    flow.getChildren().add(token(word));
                } else {
                    Label marked = new Label(word);
                    marked.getStyleClass().addAll("diff-token", marker);
                    flow.getChildren().add(marked);
                }
            }
        }
    }

    private static Text token(String text) {
        Text node = new Text(text);
        node.getStyleClass().add("diff-token");
        return node;
    }

    private static Node facts(String heading, ObservableList<String> lines) {
        Label label = new Label(heading);
        label.getStyleClass().add("facts-heading");
        ListView<String> list = new ListView<>();
        Bindings.bindContent(list.getItems(), lines);
        list.getStyleClass().add("facts");
        list.setFocusTraversable(false);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(2, label, list);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(200);
        return box;
    }
}
