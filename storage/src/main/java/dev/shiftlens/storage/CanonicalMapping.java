// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.FieldPath;
import dev.shiftlens.analysis.ingest.SourceSample;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping of DESIGN.md's paired record, used when a caller imports without one: the required
 * fields always (so rows lacking them are rejected with a reason), the optional ones when the sample
 * has them. The connectors' format inference gives the same result for canonical files.
 */
final class CanonicalMapping {

    private static final List<Field> REQUIRED = List.of(Field.QUERY, Field.BASELINE_OUTPUT, Field.CANDIDATE_OUTPUT);
    private static final List<Field> OPTIONAL = List.of(Field.REQUEST_ID, Field.TIMESTAMP, Field.BASELINE_MODEL,
            Field.CANDIDATE_MODEL, Field.METADATA);

    private CanonicalMapping() {
    }

    static ColumnMapping forSample(SourceSample sample) {
        Map<Field, FieldPath> fields = new EnumMap<>(Field.class);
        boolean anyOutput = sample.has(FieldPath.of(Field.BASELINE_OUTPUT.key())) || sample.has(FieldPath.of(Field.CANDIDATE_OUTPUT.key()));
        for (Field field : REQUIRED) {
            FieldPath path = FieldPath.of(field.key());
            // an absent output column is fine when the other is there (kept as empty, flagged); with
            // neither, both stay mapped so the error names everything the file lacks
            if (field == Field.QUERY || !anyOutput || sample.has(path)) {
                fields.put(field, path);
            }
        }
        for (Field field : OPTIONAL) {
            FieldPath path = FieldPath.of(field.key());
            if (sample.has(path)) {
                fields.put(field, path);
            }
        }
        Map<String, FieldPath> segments = new LinkedHashMap<>();
        if (!fields.containsKey(Field.METADATA)) {
            sample.columns().stream().filter(c -> c.startsWith("metadata."))
                    .forEach(c -> segments.put(c.substring("metadata.".length()), FieldPath.of(c)));
        }
        return new ColumnMapping("canonical", fields, segments);
    }
}
