// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which field of a log row fills which field of the record, and which fields become segments.
 *
 * @param origin   where the mapping came from, for the user and the run's settings
 *                 (e.g. {@code "inferred: openai-chat"}, {@code "inferred: canonical, edited"})
 * @param fields   record field to where it is in a row
 * @param segments segment name (a metadata key of the record) to where it is in a row; added to the
 *                 keys of the {@link Field#METADATA} object when one is mapped
 */
public record ColumnMapping(String origin, Map<Field, FieldPath> fields, Map<String, FieldPath> segments) {

    public ColumnMapping {
        fields = Collections.unmodifiableMap(fields.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(fields));
        segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
    }

    public static ColumnMapping empty(String origin) {
        return new ColumnMapping(origin, Map.of(), Map.of());
    }

    public Optional<FieldPath> path(Field field) {
        return Optional.ofNullable(fields.get(field));
    }

    public boolean has(Field field) {
        return fields.containsKey(field);
    }

    public ColumnMapping with(Field field, FieldPath path) {
        Map<Field, FieldPath> changed = new EnumMap<>(Field.class);
        changed.putAll(fields);
        changed.put(field, path);
        return new ColumnMapping(origin, changed, segments);
    }

    public ColumnMapping without(Field field) {
        Map<Field, FieldPath> changed = new EnumMap<>(Field.class);
        changed.putAll(fields);
        changed.remove(field);
        return new ColumnMapping(origin, changed, segments);
    }

    public ColumnMapping withSegment(String name, FieldPath path) {
        Map<String, FieldPath> changed = new LinkedHashMap<>(segments);
        changed.put(name, path);
        return new ColumnMapping(origin, fields, changed);
    }

    public ColumnMapping withOrigin(String newOrigin) {
        return new ColumnMapping(newOrigin, fields, segments);
    }

    /**
     * This mapping with the overrides of a {@code --map} specification applied:
     * {@code query=prompt,baseline_output=old.text,metadata.region=geo.region,timestamp=}
     * (a record field, {@code metadata.NAME} for a segment, an empty path to unmap).
     *
     * @throws IllegalArgumentException naming the bad entry and the accepted keys
     */
    public ColumnMapping overriddenBy(String specification) {
        ColumnMapping result = this;
        for (String entry : splitEntries(specification)) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("`" + entry + "` in --map: expected FIELD=PATH, e.g. query=prompt");
            }
            String key = entry.substring(0, equals).strip();
            String value = entry.substring(equals + 1).strip();
            if (key.startsWith("metadata.") && key.length() > "metadata.".length()) {
                String segment = key.substring("metadata.".length());
                result = value.isEmpty() ? result.withoutSegment(segment) : result.withSegment(segment, FieldPath.parse(value));
                continue;
            }
            Field field = Field.byKey(key).orElseThrow(() -> new IllegalArgumentException("`" + key
                    + "` in --map is not a field; use one of " + fieldKeys() + " or metadata.NAME for a segment"));
            result = value.isEmpty() ? result.without(field) : result.with(field, FieldPath.parse(value));
        }
        return result.origin.endsWith(", edited") ? result : result.withOrigin(result.origin + ", edited");
    }

    private ColumnMapping withoutSegment(String name) {
        Map<String, FieldPath> changed = new LinkedHashMap<>(segments);
        changed.remove(name);
        return new ColumnMapping(origin, fields, changed);
    }

    private static List<String> splitEntries(String specification) {
        List<String> entries = new ArrayList<>();
        for (String part : specification.split(",")) {
            if (!part.isBlank()) {
                entries.add(part.strip());
            }
        }
        return entries;
    }

    private static String fieldKeys() {
        return String.join(", ", java.util.Arrays.stream(Field.values()).map(Field::key).toList());
    }

    /** The mapping as a {@code --map} specification, the form users read and edit. */
    public String specification() {
        List<String> entries = new ArrayList<>();
        fields.forEach((field, path) -> entries.add(field.key() + "=" + path));
        segments.forEach((name, path) -> entries.add("metadata." + name + "=" + path));
        return String.join(",", entries);
    }
}
