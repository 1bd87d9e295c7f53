// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.logformat;

import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.SourceSample;

import java.util.Map;
import java.util.Optional;

/**
 * A flat log of one model's answers: a query-like field ({@code query}, {@code prompt}, {@code input},
 * {@code question}) and an output-like one ({@code output}, {@code response}, {@code completion},
 * {@code answer}), with optional id, model or version, timestamp and metadata. The sample incident's
 * {@code baseline.jsonl}, {@code candidate.jsonl} and {@code cutover.jsonl} are this shape.
 */
final class PerModelLogFormat implements LogFormat {

    @Override
    public String name() {
        return "per-model";
    }

    @Override
    public String description() {
        return "one model's answer per row: query, output, model or model_version, request_id, timestamp, metadata";
    }

    @Override
    public RowShape rowShape() {
        return RowShape.SINGLE_OUTPUT;
    }

    @Override
    public Optional<ColumnMapping> recognise(SourceSample sample) {
        FieldChoice choice = new FieldChoice(sample);
        if (!choice.choose(Field.QUERY, "query", "prompt", "input", "question")
                || !choice.choose(Field.OUTPUT, "output", "response", "completion", "answer", "output_text")) {
            return Optional.empty();
        }
        choice.choose(Field.REQUEST_ID, "request_id", "requestId", "id", "trace_id");
        choice.choose(Field.TIMESTAMP, "timestamp", "ts", "time", "created_at");
        choice.choose(Field.MODEL, "model", "model_version", "model_name");
        choice.choose(Field.VERSION, "model_version", "version", "release");
        choice.chooseObject(Field.METADATA, "metadata", "meta", "tags");
        return Optional.of(new ColumnMapping("inferred: " + name(), choice.fields(), Map.of()));
    }
}
