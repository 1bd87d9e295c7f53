// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.logformat;

import dev.shiftlens.analysis.ingest.Field;
import dev.shiftlens.analysis.ingest.SourceFile;
import dev.shiftlens.analysis.ingest.SourceSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogFormatsTest {

    private static final Path SAMPLE = Path.of("..", "sample-data", "incident");

    private static SourceSample sampleOf(String name, String... lines) {
        return SourceSample.ofJson(SourceFile.of(Path.of(name)), List.of(), List.of(lines));
    }

    private static SourceSample sampleFile(String name) throws IOException {
        try (var lines = Files.lines(SAMPLE.resolve(name))) {
            return SourceSample.ofJson(SourceFile.of(SAMPLE.resolve(name)), List.of(), lines.limit(50).toList());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            incident-export.jsonl | canonical | PAIRED        | request_id=request_id,query=query,baseline_output=baseline_output,candidate_output=candidate_output,timestamp=timestamp,baseline_model=baseline_model,candidate_model=candidate_model,metadata=metadata
            baseline.jsonl        | per-model | SINGLE_OUTPUT | request_id=request_id,query=query,output=output,timestamp=timestamp,model=model,metadata=metadata
            cutover.jsonl         | per-model | SINGLE_OUTPUT | request_id=request_id,query=query,output=output,timestamp=timestamp,model=model_version,version=model_version,metadata=metadata
            """)
    void everySampleIncidentShapeIsRecognised(String file, String format, RowShape shape, String mapping) throws IOException {
        InferredMapping inferred = LogFormats.infer(sampleFile(file));

        assertThat(inferred.format()).isEqualTo(format);
        assertThat(inferred.rowShape()).isEqualTo(shape);
        assertThat(inferred.mapping().specification()).isEqualTo(mapping);
    }

    @Test
    void openAiRequestResponseLogMapsTheLastMessageAndTheFirstChoice() {
        InferredMapping inferred = LogFormats.infer(sampleOf("chat.jsonl", """
                {"id":"r1","request":{"model":"gpt-x","messages":[{"role":"system","content":"Be brief"},{"role":"user","content":"Hi"}]},\
                "response":{"id":"chatcmpl-1","model":"gpt-x-0406","created":1775433600,"choices":[{"message":{"role":"assistant","content":"Hello"}}]}}"""));

        assertThat(inferred.format()).isEqualTo("openai-chat");
        assertThat(inferred.mapping().specification()).isEqualTo(
                "request_id=id,query=request.messages[-1].content,output=response.choices[0].message.content,timestamp=response.created,model=response.model");
    }

    @Test
    void openTelemetryGenAiSpansMapPromptCompletionModelAndOtherAttributesAsSegments() {
        SourceSample sample = sampleOf("spans.jsonl", """
                {"trace_id":"t1","span_id":"s1","name":"chat gpt-x","start_time":"2026-04-06T10:00:00Z",\
                "attributes":{"gen_ai.system":"openai","gen_ai.request.model":"gpt-x","gen_ai.response.model":"gpt-x-0406",\
                "gen_ai.prompt.0.role":"system","gen_ai.prompt.0.content":"Be brief","gen_ai.prompt.1.role":"user",\
                "gen_ai.prompt.1.content":"Hi","gen_ai.completion.0.content":"Hello","app.region":"eu-west"}}""");

        InferredMapping inferred = LogFormats.infer(sample);

        assertThat(inferred.format()).isEqualTo("otel-genai");
        assertThat(inferred.mapping().path(Field.QUERY).orElseThrow()).hasToString("attributes.gen_ai.prompt.1.content");
        assertThat(inferred.mapping().path(Field.OUTPUT).orElseThrow()).hasToString("attributes.gen_ai.completion.0.content");
        assertThat(inferred.mapping().path(Field.MODEL).orElseThrow()).hasToString("attributes.gen_ai.response.model");
        assertThat(inferred.mapping().segments()).containsOnlyKeys("app.region");
        assertThat(MappingPreview.rows(sample, inferred.mapping(), 1).getFirst())
                .containsEntry("query", "Hi").containsEntry("output", "Hello").containsEntry("metadata.app.region", "eu-west");
    }

    @Test
    void unknownShapeListsItsFieldsAndHowToMapThem() {
        SourceSample sample = sampleOf("odd.jsonl", "{\"prompt_text\":\"q\",\"old\":{\"text\":\"a\"},\"new\":{\"text\":\"b\"}}");

        assertThatThrownBy(() -> LogFormats.infer(sample))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("odd.jsonl: not a log shape Shiftlens knows")
                .hasMessageContaining("Fields in its first rows: prompt_text, old.text, new.text")
                .hasMessageContaining("--map query=prompt");
        InferredMapping given = LogFormats.inferWithOverrides(sample,
                Optional.of("query=prompt_text,baseline_output=old.text,candidate_output=new.text"));
        assertThat(given.rowShape()).isEqualTo(RowShape.PAIRED);
        LogFormats.check(sample, RowShape.PAIRED, given.mapping());
    }

    @Test
    void mappingNamingAMissingFieldIsRefusedBeforeImport() throws IOException {
        SourceSample sample = sampleFile("incident-export.jsonl");
        InferredMapping edited = LogFormats.inferWithOverrides(sample, Optional.of("query=prompt"));

        assertThatThrownBy(() -> LogFormats.check(sample, edited.rowShape(), edited.mapping()))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("`query=prompt`: incident-export.jsonl has no field `prompt`")
                .hasMessageContaining("Fields in its first rows: request_id, query");
    }
}
