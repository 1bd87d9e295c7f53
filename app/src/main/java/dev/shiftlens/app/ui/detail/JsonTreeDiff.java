// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.detail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.metrics.JsonStructureDiff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Both outputs as one JSON tree: members in both sides side by side, members only in the baseline
 * removed, only in the candidate added, and renamed keys shown as one "old → new" node, as the
 * analysis's {@link JsonStructureDiff} decided them. Arrays are compared element by element.
 */
public final class JsonTreeDiff {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_VALUE = 120;

    private final Map<String, String> renamedTo = new HashMap<>();

    private JsonTreeDiff(JsonStructureDiff structure) {
        structure.renamedKeys().forEach(rename -> renamedTo.put(rename.from(), rename.to()));
    }

    /** The tree, or empty when either output is not a JSON object or array. */
    public static Optional<JsonDiffNode> compare(String baseline, String candidate) {
        Optional<JsonStructureDiff> structure = JsonStructureDiff.between(baseline, candidate);
        Optional<JsonNode> before = parse(baseline);
        Optional<JsonNode> after = parse(candidate);
        if (structure.isEmpty() || before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JsonTreeDiff(structure.get()).node("$", "$", before.get(), after.get(), JsonDiffNode.Change.SAME));
    }

    private JsonDiffNode node(String name, String path, JsonNode before, JsonNode after, JsonDiffNode.Change nameChange) {
        if (before.getNodeType() != after.getNodeType()) {
            return new JsonDiffNode(name, JsonDiffNode.Change.TYPE_CHANGED, describe(before) + " → " + describe(after), List.of());
        }
        if (before.isObject()) {
            return new JsonDiffNode(name, nameChange, "", members(path, before, after));
        }
        if (before.isArray()) {
            List<JsonDiffNode> children = new ArrayList<>();
            int common = Math.min(before.size(), after.size());
            for (int k = 0; k < common; k++) {
                children.add(node("[" + k + "]", path + "[]", before.get(k), after.get(k), JsonDiffNode.Change.SAME));
            }
            for (int k = common; k < before.size(); k++) {
                children.add(one("[" + k + "]", before.get(k), JsonDiffNode.Change.REMOVED));
            }
            for (int k = common; k < after.size(); k++) {
                children.add(one("[" + k + "]", after.get(k), JsonDiffNode.Change.ADDED));
            }
            return new JsonDiffNode(name, nameChange, before.size() == after.size() ? ""
                    : before.size() + " → " + after.size() + " elements", children);
        }
        boolean same = before.equals(after);
        return new JsonDiffNode(name, same ? nameChange : JsonDiffNode.Change.VALUE_CHANGED,
                same ? describe(before) : describe(before) + " → " + describe(after), List.of());
    }

    private List<JsonDiffNode> members(String path, JsonNode before, JsonNode after) {
        List<JsonDiffNode> children = new ArrayList<>();
        Set<String> consumed = new LinkedHashSet<>();
        for (Iterator<String> keys = before.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String keyPath = member(path, key);
            if (after.has(key)) {
                children.add(node(key, keyPath, before.get(key), after.get(key), JsonDiffNode.Change.SAME));
                consumed.add(key);
                continue;
            }
            Optional<String> newKey = Optional.ofNullable(renamedTo.get(keyPath)).flatMap(to -> lastKey(after, path, to));
            if (newKey.isPresent()) {
                consumed.add(newKey.get());
                children.add(node(key + " → " + newKey.get(), member(path, newKey.get()), before.get(key), after.get(newKey.get()),
                        JsonDiffNode.Change.RENAMED));
                children.set(children.size() - 1, renamed(children.getLast()));
            } else {
                children.add(one(key, before.get(key), JsonDiffNode.Change.REMOVED));
            }
        }
        for (Iterator<String> keys = after.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!consumed.contains(key) && !before.has(key)) {
                children.add(one(key, after.get(key), JsonDiffNode.Change.ADDED));
            }
        }
        return children;
    }

    /** A renamed member stays marked renamed even when its value also changed underneath. */
    private static JsonDiffNode renamed(JsonDiffNode node) {
        return node.change() == JsonDiffNode.Change.RENAMED ? node
                : new JsonDiffNode(node.name(), JsonDiffNode.Change.RENAMED, node.value(), node.children());
    }

    /** The candidate key a rename points at, when it is a member of this object. */
    private static Optional<String> lastKey(JsonNode after, String parent, String to) {
        for (Iterator<String> keys = after.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (member(parent, key).equals(to)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** A subtree present on one side only, every node marked the same way. */
    private static JsonDiffNode one(String name, JsonNode value, JsonDiffNode.Change change) {
        List<JsonDiffNode> children = new ArrayList<>();
        if (value.isObject()) {
            value.properties().forEach(e -> children.add(one(e.getKey(), e.getValue(), change)));
        } else if (value.isArray()) {
            for (int k = 0; k < value.size(); k++) {
                children.add(one("[" + k + "]", value.get(k), change));
            }
        }
        return new JsonDiffNode(name, change, value.isContainerNode() ? "" : describe(value), children);
    }

    private static String describe(JsonNode value) {
        String text = value.isObject() ? "{…}" : value.isArray() ? "[…]" : value.toString();
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text;
    }

    /** The location of a member, written as the analysis's JSON paths are (see JsonStructureDiff). */
    static String member(String parent, String key) {
        boolean plain = !key.isEmpty() && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
        if (!plain) {
            return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        return "$".equals(parent) ? key : parent + "." + key;
    }

    /** An object or array, also inside a Markdown code fence; anything else is not JSON for this view. */
    static Optional<JsonNode> parse(String output) {
        String body = output.strip();
        if (body.startsWith("```")) {
            int firstLine = body.indexOf('\n');
            int end = body.lastIndexOf("```");
            body = firstLine > 0 && end > firstLine ? body.substring(firstLine + 1, end).strip() : body;
        }
        if (body.isEmpty() || body.charAt(0) != '{' && body.charAt(0) != '[') {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isContainerNode() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
