// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.FieldPath;
import dev.shiftlens.analysis.ingest.SourceSample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A column mapping turned into DuckDB JSON paths for one source, checked against the source's first
 * rows so a path that names nothing fails before any work starts.
 */
record ResolvedMapping(ColumnMapping mapping, Map<Field, String> fields, Map<String, String> segments) {

    static ResolvedMapping resolve(ColumnMapping mapping, SourceSample sample) {
        List<String> missing = new ArrayList<>();
        Map<Field, String> fields = new EnumMap<>(Field.class);
        mapping.fields().forEach((field, path) -> resolveOne(path, sample).ifPresentOrElse(
                json -> fields.put(field, json), () -> missing.add(field.key() + "=" + path)));
        Map<String, String> segments = new LinkedHashMap<>();
        mapping.segments().forEach((name, path) -> resolveOne(path, sample).ifPresentOrElse(
                json -> segments.put(name, json), () -> missing.add("metadata." + name + "=" + path)));
        if (!missing.isEmpty()) {
            throw new InputFileException("the column mapping names fields " + sample.file().name() + " does not have: "
                    + String.join(", ", missing) + ". " + available(sample)
                    + " Nothing was imported; correct the mapping (--map FIELD=PATH) and import again.");
        }
        return new ResolvedMapping(mapping, fields, segments);
    }

    /** The JSON path for the first sample row where the field path resolves; literal when the sample has no object rows. */
    private static Optional<String> resolveOne(FieldPath path, SourceSample sample) {
        if (sample.rows().isEmpty()) {
            return Optional.of(jsonPath(path));
        }
        for (JsonNode row : sample.rows()) {
            Optional<FieldPath> resolved = path.resolveIn(row);
            if (resolved.isPresent()) {
                return Optional.of(jsonPath(resolved.get()));
            }
        }
        if (!sample.columns().isEmpty() && sample.columns().contains(path.toString())) {
            return Optional.of(jsonPath(FieldPath.of(path.toString())));
        }
        return Optional.empty();
    }

    private static String available(SourceSample sample) {
        List<String> names = sample.columns().isEmpty() ? new ArrayList<>(sample.fieldPaths()) : sample.columns();
        String listed = String.join(", ", names.stream().limit(30).toList());
        return (sample.columns().isEmpty() ? "Fields in its first rows: " : "Its columns: ") + listed
                + (names.size() > 30 ? ", ..." : "") + ".";
    }

    /** DuckDB's JSON path: {@code $."a"."b"[0]}, negative indexes as {@code [#-1]}. */
    static String jsonPath(FieldPath path) {
        StringBuilder json = new StringBuilder("$");
        for (FieldPath.Step step : path.steps()) {
            switch (step) {
                case FieldPath.Key(String name) -> json.append(".\"").append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                case FieldPath.Index(int position) -> json.append(position < 0 ? "[#" + position + "]" : "[" + position + "]");
            }
        }
        return json.toString();
    }

    Optional<String> path(Field field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** How the mapping reads a field, for reasons: {@code `query` (from `prompt`)}. */
    String describe(Field field) {
        FieldPath from = mapping.fields().get(field);
        return from == null || from.toString().equals(field.key()) ? "`" + field.key() + "`"
                : "`" + field.key() + "` (from `" + from + "`)";
    }
}
