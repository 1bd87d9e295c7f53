// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.logformat;

import dev.shiftlens.analysis.ingest.ColumnMapping;
import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.SourceSample;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OpenAI-style chat request/response logs: {@code messages} in (the last message is the query),
 * {@code choices[0].message.content} out. Both halves may sit at the top of the row (a merged log),
 * under {@code request}/{@code response}, or as in the Batch API ({@code body} / {@code response.body}).
 */
final class OpenAiChatFormat implements LogFormat {

    private static final List<String> REQUEST_PREFIXES = List.of("", "request.", "body.", "request.body.");
    private static final List<String> RESPONSE_PREFIXES = List.of("", "response.", "response.body.", "body.");

    @Override
    public String name() {
        return "openai-chat";
    }

    @Override
    public String description() {
        return "OpenAI-style chat logs: request messages[-1].content in, response choices[0].message.content out";
    }

    @Override
    public RowShape rowShape() {
        return RowShape.SINGLE_OUTPUT;
    }

    @Override
    public Optional<ColumnMapping> recognise(SourceSample sample) {
        FieldChoice choice = new FieldChoice(sample);
        Optional<String> request = REQUEST_PREFIXES.stream().filter(p -> sample.has(p + "messages[0].content")).findFirst();
        Optional<String> response = RESPONSE_PREFIXES.stream().filter(p -> sample.has(p + "choices[0].message.content")).findFirst();
        if (request.isEmpty() || response.isEmpty()) {
            return Optional.empty();
        }
        String in = request.get();
        String out = response.get();
        choice.choose(Field.QUERY, in + "messages[-1].content");
        choice.choose(Field.OUTPUT, out + "choices[0].message.content");
        choice.choose(Field.MODEL, out + "model", in + "model", "model");
        choice.choose(Field.REQUEST_ID, "request_id", "custom_id", "id", out + "id");
        choice.choose(Field.TIMESTAMP, "timestamp", "created_at", out + "created", "created");
        choice.chooseObject(Field.METADATA, "metadata", in + "metadata");
        return Optional.of(new ColumnMapping("inferred: " + name(), choice.fields(), Map.of()));
    }
}
