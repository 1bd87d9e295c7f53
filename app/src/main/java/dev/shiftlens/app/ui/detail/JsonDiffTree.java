// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.detail;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import java.util.List;
import java.util.Optional;

/** The JSON tree diff as a tree view: changed branches open, unchanged ones closed; each change in its colour. */
final class JsonDiffTree {

    private static final List<String> CLASSES = List.of("json-same", "json-value_changed", "json-added", "json-removed",
            "json-renamed", "json-type_changed");

    private JsonDiffTree() {
    }

    static TreeView<JsonDiffNode> of(ObservableValue<Optional<JsonDiffNode>> tree) {
        TreeView<JsonDiffNode> view = new TreeView<>();
        view.setId("json-diff");
        view.getStyleClass().add("json-diff");
        view.setCellFactory(unused -> new TreeCell<>() {
            @Override
            protected void updateItem(JsonDiffNode node, boolean empty) {
                super.updateItem(node, empty);
                getStyleClass().removeAll(CLASSES);
                if (empty || node == null) {
                    setText(null);
                    return;
                }
                String marker = switch (node.change()) {
                    case SAME -> "";
                    case VALUE_CHANGED -> "  (changed)";
                    case ADDED -> "  (added)";
                    case REMOVED -> "  (removed)";
                    case RENAMED -> "  (renamed)";
                    case TYPE_CHANGED -> "  (type changed)";
                };
                setText(node.name() + (node.value().isEmpty() ? "" : ": " + node.value()) + marker);
                getStyleClass().add("json-" + node.change().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        tree.addListener((obs, old, now) -> view.setRoot(now.map(JsonDiffTree::item).orElse(null)));
        return view;
    }

    private static TreeItem<JsonDiffNode> item(JsonDiffNode node) {
        TreeItem<JsonDiffNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(item(child)));
        item.setExpanded(node.differs());
        return item;
    }
}
