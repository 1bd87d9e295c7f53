// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.logformat;

import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.FieldPath;
import dev.shiftlens.analysis.ingest.SourceSample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * DESIGN.md's paired record in JSONL, CSV or Parquet. A CSV flattens {@code metadata} into columns
 * named {@code metadata.region}, ...; each becomes a segment of that name.
 */
final class CanonicalPairedFormat implements LogFormat {

    @Override
    public String name() {
        return "canonical";
    }

    @Override
    public String description() {
        return "paired records: request_id, query, baseline_output, candidate_output, timestamp, models, metadata";
    }

    @Override
    public RowShape rowShape() {
        return RowShape.PAIRED;
    }

    @Override
    public Optional<ColumnMapping> recognise(SourceSample sample) {
        FieldChoice choice = new FieldChoice(sample);
        boolean outputs = choice.choose(Field.BASELINE_OUTPUT, "baseline_output") | choice.choose(Field.CANDIDATE_OUTPUT, "candidate_output");
        if (!outputs || !choice.choose(Field.QUERY, "query")) {
            return Optional.empty();
        }
        choice.choose(Field.REQUEST_ID, "request_id");
        choice.choose(Field.TIMESTAMP, "timestamp");
        choice.choose(Field.BASELINE_MODEL, "baseline_model");
        choice.choose(Field.CANDIDATE_MODEL, "candidate_model");
        choice.chooseObject(Field.METADATA, "metadata");
        Map<String, FieldPath> segments = new LinkedHashMap<>();
        if (!choice.fields().containsKey(Field.METADATA)) {
            sample.fieldPaths().stream().filter(path -> path.startsWith("metadata.") && !path.contains("["))
                    .forEach(path -> segments.put(path.substring("metadata.".length()), FieldPath.parse(path)));
        }
        return Optional.of(new ColumnMapping("inferred: " + name(), choice.fields(), segments));
    }
}
