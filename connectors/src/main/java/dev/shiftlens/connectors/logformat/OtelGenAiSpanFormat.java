// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.logformat;

import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.FieldPath;
import dev.shiftlens.analysis.ingest.SourceSample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * OpenTelemetry GenAI spans exported as JSON, one span per line, with attributes as an object keyed
 * by attribute name ({@code "attributes": {"gen_ai.request.model": "...", ...}}). Prompt and answer are
 * read from {@code gen_ai.prompt.N.content} / {@code gen_ai.completion.0.content} (the indexed form
 * instrumentations such as OpenLLMetry write), or {@code gen_ai.prompt} / {@code gen_ai.completion}.
 * Other non-{@code gen_ai} attributes become segments. docs/import.md shows how to turn an OTLP
 * {@code resourceSpans} export into this form with jq.
 */
final class OtelGenAiSpanFormat implements LogFormat {

    @Override
    public String name() {
        return "otel-genai";
    }

    @Override
    public String description() {
        return "OpenTelemetry GenAI spans: attributes gen_ai.prompt.*, gen_ai.completion.*, gen_ai.request.model";
    }

    @Override
    public RowShape rowShape() {
        return RowShape.SINGLE_OUTPUT;
    }

    @Override
    public Optional<ColumnMapping> recognise(SourceSample sample) {
        Optional<String> anyGenAi = sample.fieldPaths().stream().filter(p -> p.contains("gen_ai.")).findFirst();
        if (anyGenAi.isEmpty()) {
            return Optional.empty();
        }
        String prefix = anyGenAi.get().substring(0, anyGenAi.get().indexOf("gen_ai."));
        FieldChoice choice = new FieldChoice(sample);
        boolean query = choice.choose(Field.QUERY, lastPromptPath(sample, prefix), prefix + "gen_ai.prompt",
                prefix + "gen_ai.input.messages", prefix + "gen_ai.user.message");
        boolean output = choice.choose(Field.OUTPUT, prefix + "gen_ai.completion.0.content", prefix + "gen_ai.completion",
                prefix + "gen_ai.output.messages", prefix + "gen_ai.choice");
        if (!query || !output) {
            return Optional.empty();
        }
        choice.choose(Field.MODEL, prefix + "gen_ai.response.model", prefix + "gen_ai.request.model");
        choice.choose(Field.REQUEST_ID, prefix + "gen_ai.response.id", "span_id", "spanId", "context.span_id");
        choice.choose(Field.TIMESTAMP, "start_time", "startTime", "startTimeUnixNano", "timestamp");
        Map<String, FieldPath> segments = new LinkedHashMap<>();
        for (String path : sample.fieldPaths()) {
            if (!prefix.isEmpty() && path.startsWith(prefix) && !path.contains("gen_ai.") && !path.contains("[")) {
                String name = path.substring(prefix.length());
                segments.put(name, FieldPath.parse(path));
            }
        }
        return Optional.of(new ColumnMapping("inferred: " + name(), choice.fields(), segments));
    }

    /** The highest-numbered {@code gen_ai.prompt.N.content} whose role is user, in the first sample row that has prompts. */
    private static String lastPromptPath(SourceSample sample, String prefix) {
        TreeSet<Integer> userTurns = new TreeSet<>();
        for (String path : sample.fieldPaths()) {
            String head = prefix + "gen_ai.prompt.";
            if (path.startsWith(head) && path.endsWith(".role")) {
                String index = path.substring(head.length(), path.length() - ".role".length());
                if (index.chars().allMatch(Character::isDigit) && sample.rows().stream()
                        .anyMatch(row -> FieldPath.parse(path).textIn(row).map("user"::equals).orElse(false))) {
                    userTurns.add(Integer.parseInt(index));
                }
            }
        }
        return prefix + "gen_ai.prompt." + (userTurns.isEmpty() ? 0 : userTurns.last()) + ".content";
    }
}
