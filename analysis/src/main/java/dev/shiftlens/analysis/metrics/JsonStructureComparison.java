// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shiftlens.analysis.metrics.JsonStructureDiff.ArrayLengthChange;
import dev.shiftlens.analysis.metrics.JsonStructureDiff.KeyRename;
import dev.shiftlens.analysis.metrics.JsonStructureDiff.TypeChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks two JSON documents side by side and collects their structural differences.
 *
 * <ul>
 *   <li>Values of different {@link JsonType} at the same location are a type change; the walk stops there.</li>
 *   <li>Objects: keys in both are compared recursively. Of the keys only in one side, at one parent,
 *       a removed key and an added key are a <em>rename</em> when (1) their values are equal, pairing
 *       each removed key in baseline order with the first still unpaired added key of equal value; or,
 *       failing that, (2) exactly one removed and one added key remain unpaired and their values have
 *       the same type (a paraphrased value under a new name). A rename by rule (2) is compared
 *       recursively under the candidate's name. Keys left over are removed or added.</li>
 *   <li>Arrays: a different number of elements is a length change; elements are compared pairwise
 *       by index up to the shorter length, all under {@code path[]}.</li>
 * </ul>
 * A location is reported once, at its first occurrence in document order.
 */
final class JsonStructureComparison {

    private final Set<String> added = new LinkedHashSet<>();
    private final Set<String> removed = new LinkedHashSet<>();
    private final Set<KeyRename> renamed = new LinkedHashSet<>();
    private final Map<String, TypeChange> typeChanges = new LinkedHashMap<>();
    private final Map<String, ArrayLengthChange> arrayLengthChanges = new LinkedHashMap<>();

    private JsonStructureComparison() {
    }

    static JsonStructureDiff compare(JsonNode baseline, JsonNode candidate) {
        var comparison = new JsonStructureComparison();
        comparison.compare(baseline, candidate, JsonPaths.ROOT);
        return new JsonStructureDiff(
                List.copyOf(comparison.added), List.copyOf(comparison.removed), List.copyOf(comparison.renamed),
                List.copyOf(comparison.typeChanges.values()), List.copyOf(comparison.arrayLengthChanges.values()));
    }

    private void compare(JsonNode baseline, JsonNode candidate, String path) {
        JsonType baselineType = JsonType.of(baseline);
        JsonType candidateType = JsonType.of(candidate);
        if (baselineType != candidateType) {
            typeChanges.putIfAbsent(path, new TypeChange(path, baselineType, candidateType));
            return;
        }
        switch (baselineType) {
            case OBJECT -> compareObjects(baseline, candidate, path);
            case ARRAY -> compareArrays(baseline, candidate, path);
            default -> {
                // scalars of the same type: no structural difference
            }
        }
    }

    private void compareObjects(JsonNode baseline, JsonNode candidate, String path) {
        var onlyInBaseline = new ArrayList<String>();
        for (String key : keys(baseline)) {
            if (candidate.has(key)) {
                compare(baseline.get(key), candidate.get(key), JsonPaths.member(path, key));
            } else {
                onlyInBaseline.add(key);
            }
        }
        var onlyInCandidate = new ArrayList<String>();
        for (String key : keys(candidate)) {
            if (!baseline.has(key)) {
                onlyInCandidate.add(key);
            }
        }
        pairEqualValues(baseline, candidate, path, onlyInBaseline, onlyInCandidate);
        pairSoleRemainingKeys(baseline, candidate, path, onlyInBaseline, onlyInCandidate);
        onlyInBaseline.forEach(key -> removed.add(JsonPaths.member(path, key)));
        onlyInCandidate.forEach(key -> added.add(JsonPaths.member(path, key)));
    }

    private static List<String> keys(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }

    private void pairEqualValues(JsonNode baseline, JsonNode candidate, String path,
                                 List<String> onlyInBaseline, List<String> onlyInCandidate) {
        var iterator = onlyInBaseline.iterator();
        while (iterator.hasNext()) {
            String from = iterator.next();
            for (String to : onlyInCandidate) {
                if (baseline.get(from).equals(candidate.get(to))) {
                    renamed.add(new KeyRename(JsonPaths.member(path, from), JsonPaths.member(path, to)));
                    onlyInCandidate.remove(to);
                    iterator.remove();
                    break;
                }
            }
        }
    }

    private void pairSoleRemainingKeys(JsonNode baseline, JsonNode candidate, String path,
                                       List<String> onlyInBaseline, List<String> onlyInCandidate) {
        if (onlyInBaseline.size() != 1 || onlyInCandidate.size() != 1) {
            return;
        }
        JsonNode from = baseline.get(onlyInBaseline.getFirst());
        JsonNode to = candidate.get(onlyInCandidate.getFirst());
        if (JsonType.of(from) == JsonType.of(to)) {
            String toPath = JsonPaths.member(path, onlyInCandidate.getFirst());
            renamed.add(new KeyRename(JsonPaths.member(path, onlyInBaseline.getFirst()), toPath));
            compare(from, to, toPath);
            onlyInBaseline.clear();
            onlyInCandidate.clear();
        }
    }

    private void compareArrays(JsonNode baseline, JsonNode candidate, String path) {
        if (baseline.size() != candidate.size()) {
            arrayLengthChanges.putIfAbsent(path, new ArrayLengthChange(path, baseline.size(), candidate.size()));
        }
        String elements = JsonPaths.elements(path);
        for (int i = 0; i < Math.min(baseline.size(), candidate.size()); i++) {
            compare(baseline.get(i), candidate.get(i), elements);
        }
    }
}
