// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the JSON structure of the candidate output differs from the baseline's; values are compared only
 * as far as they decide renames. Locations are written as described in {@code JsonPaths}
 * ({@code report.summary}, {@code items[].sku}); the rules are in {@code JsonStructureComparison}.
 * Each list holds a location once, in document order, however many array elements share it.
 */
public record JsonStructureDiff(
        List<String> addedKeys,
        List<String> removedKeys,
        List<KeyRename> renamedKeys,
        List<TypeChange> typeChanges,
        List<ArrayLengthChange> arrayLengthChanges) {

    /** A member present in both documents under different names: {@code from} in the baseline, {@code to} in the candidate. */
    public record KeyRename(String from, String to) {
    }

    /** A member whose value changed JSON type. */
    public record TypeChange(String path, JsonType baseline, JsonType candidate) {
    }

    /** An array whose number of elements changed. */
    public record ArrayLengthChange(String path, int baselineLength, int candidateLength) {
    }

    public static final JsonStructureDiff NONE = new JsonStructureDiff(List.of(), List.of(), List.of(), List.of(), List.of());

    public JsonStructureDiff {
        addedKeys = List.copyOf(Objects.requireNonNull(addedKeys, "addedKeys"));
        removedKeys = List.copyOf(Objects.requireNonNull(removedKeys, "removedKeys"));
        renamedKeys = List.copyOf(Objects.requireNonNull(renamedKeys, "renamedKeys"));
        typeChanges = List.copyOf(Objects.requireNonNull(typeChanges, "typeChanges"));
        arrayLengthChanges = List.copyOf(Objects.requireNonNull(arrayLengthChanges, "arrayLengthChanges"));
    }

    /** The diff of two outputs, empty when either is not JSON (as {@link OutputFeatures#jsonValid()} decides). */
    public static Optional<JsonStructureDiff> between(String baseline, String candidate) {
        Optional<JsonNode> baselineJson = JsonOutput.parse(baseline);
        Optional<JsonNode> candidateJson = JsonOutput.parse(candidate);
        return baselineJson.isPresent() && candidateJson.isPresent()
                ? Optional.of(between(baselineJson.get(), candidateJson.get()))
                : Optional.empty();
    }

    static JsonStructureDiff between(JsonNode baseline, JsonNode candidate) {
        return JsonStructureComparison.compare(baseline, candidate);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return addedKeys.isEmpty() && removedKeys.isEmpty() && renamedKeys.isEmpty() && typeChanges.isEmpty()
                && arrayLengthChanges.isEmpty();
    }

    /** One line per change for people: renames, removals, additions, type changes, then array lengths. */
    public List<String> describe() {
        var lines = new ArrayList<String>();
        renamedKeys.forEach(r -> lines.add("key `" + r.from() + "` → `" + r.to() + "`"));
        removedKeys.forEach(k -> lines.add("removed `" + k + "`"));
        addedKeys.forEach(k -> lines.add("added `" + k + "`"));
        typeChanges.forEach(t -> lines.add("`" + t.path() + "`: " + t.baseline().label() + " → " + t.candidate().label()));
        arrayLengthChanges.forEach(a -> lines.add(
                "`" + a.path() + "`: " + a.baselineLength() + " → " + a.candidateLength() + " elements"));
        return List.copyOf(lines);
    }
}
