// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.detail;

import java.util.List;

/**
 * One member or element in the JSON tree diff.
 *
 * @param name   the key (for a rename, "old → new"), the index as "[3]", or "$" for the document
 * @param value  for a leaf: the value, or "old → new" when it changed; empty for objects and arrays
 */
public record JsonDiffNode(String name, Change change, String value, List<JsonDiffNode> children) {

    public JsonDiffNode {
        children = List.copyOf(children);
    }

    /** How the candidate differs from the baseline at this place. */
    public enum Change {
        SAME, VALUE_CHANGED, ADDED, REMOVED, RENAMED, TYPE_CHANGED;

        /** True when this node or something under it differs. */
        boolean differs() {
            return this != SAME;
        }
    }

    /** True when this node or any node under it differs. */
    public boolean differs() {
        return change.differs() || children.stream().anyMatch(JsonDiffNode::differs);
    }
}
