// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.logformat;

import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.FieldPath;
import dev.shiftlens.analysis.ingest.SourceSample;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Builds a mapping from candidate paths: the first candidate present in the sample wins. */
final class FieldChoice {

    private final SourceSample sample;
    private final Map<Field, FieldPath> fields = new EnumMap<>(Field.class);

    FieldChoice(SourceSample sample) {
        this.sample = sample;
    }

    /** Maps {@code field} to the first of {@code candidates} the sample has; true when one was found. */
    boolean choose(Field field, String... candidates) {
        Optional<FieldPath> found = first(candidates);
        found.ifPresent(path -> fields.put(field, path));
        return found.isPresent();
    }

    Optional<FieldPath> first(String... candidates) {
        for (String candidate : candidates) {
            FieldPath path = FieldPath.parse(candidate);
            if (sample.has(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** Maps METADATA to the first candidate that is an object in the sample. */
    void chooseObject(Field field, String... candidates) {
        for (String candidate : candidates) {
            FieldPath path = FieldPath.parse(candidate);
            boolean isObject = sample.rows().stream().anyMatch(row -> path.resolveIn(row)
                    .map(resolved -> valueAt(row, candidate).isObject()).orElse(false));
            if (isObject) {
                fields.put(field, path);
                return;
            }
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode valueAt(com.fasterxml.jackson.databind.JsonNode row, String path) {
        com.fasterxml.jackson.databind.JsonNode node = row;
        for (FieldPath.Step step : FieldPath.parse(path).resolveIn(row).orElseThrow().steps()) {
            node = switch (step) {
                case FieldPath.Key(String name) -> node.get(name);
                case FieldPath.Index(int position) -> node.get(position < 0 ? node.size() + position : position);
            };
        }
        return node;
    }

    Map<Field, FieldPath> fields() {
        return fields;
    }
}
