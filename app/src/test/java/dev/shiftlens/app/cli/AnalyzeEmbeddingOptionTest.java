// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.testserver.LoopbackModelServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyze --embedding minilm|static|endpoint}: each path analyses and says which model it used; anything else is exit 2. */
class AnalyzeEmbeddingOptionTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(List<String> args) {
        return ShiftlensCommand.run(args.toArray(String[]::new), new Console(new PrintWriter(out, true), new PrintWriter(err, true)),
                (workspace, input) -> {
                    throw new AssertionError("the workbench must not open in a headless command");
                }, new KeyResolver(name -> Optional.empty(), "Linux"));
    }

    private Path incident() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add("""
                    {"request_id":"r%d","query":"Reset my router %d","baseline_output":"Hold the power button for ten seconds.",\
                    "candidate_output":"Press and hold the power button for ten seconds, then wait."}""".formatted(i, i));
        }
        Path file = dir.resolve("incident.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private String embeddingModelOf(Path out) throws IOException {
        JsonNode artifact = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
        return artifact.path("run").path("settings").path("embedding_model").asText();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            static,  static 256-d distilled from sentence-transformers/all-MiniLM-L6-v2
            minilm,  sentence-transformers/all-MiniLM-L6-v2 int8
            """)
    void eachBundledPathAnalysesAndIsNamedInTheProvenance(String path, String modelIdStart) throws IOException {
        Path out = dir.resolve("out-" + path);

        int exit = run(List.of("analyze", "--input", incident().toString(), "--out", out.toString(), "--embedding", path));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(embeddingModelOf(out)).startsWith(modelIdStart);
    }

    @Test
    void staticIsTheDefaultSinceTheAccuracyBenchScoresItAsMiniLm() throws IOException {
        Path out = dir.resolve("out");

        assertThat(run(List.of("analyze", "--input", incident().toString(), "--out", out.toString()))).as(err.toString()).isZero();
        assertThat(embeddingModelOf(out)).startsWith("static 256-d distilled from sentence-transformers/all-MiniLM-L6-v2");
    }

    @Test
    void theEndpointPathEmbedsWithTheProfile() throws IOException {
        Path out = dir.resolve("out");
        try (LoopbackModelServer server = LoopbackModelServer.start()) {
            Files.writeString(dir.resolve("profiles.json"), server.exampleProfiles(Optional.empty()));

            int exit = run(List.of("analyze", "--input", incident().toString(), "--out", out.toString(), "--embedding", "endpoint",
                    "--embedding-profiles", dir.resolve("profiles.json").toString(), "--embedding-profile", "embeddings"));

            assertThat(exit).as(err.toString()).isZero();
            assertThat(embeddingModelOf(out)).startsWith("endpoint:" + server.baseUrl());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --embedding=bert                                 | --embedding must be one of minilm|static|endpoint; it is 'bert'.
            --embedding=endpoint                             | --embedding endpoint needs --embedding-profile NAME and --embedding-profiles FILE
            --embedding-profile=embeddings                   | --embedding-profile and --embedding-profiles go with --embedding endpoint
            """)
    void otherValuesAreUsageErrorsBeforeAnyImport(String option, String message) throws IOException {
        Path out = dir.resolve("out");

        int exit = run(List.of("analyze", "--input", incident().toString(), "--out", out.toString(), option));

        assertThat(exit).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains(message);
        assertThat(out.resolve("workspace.duckdb")).doesNotExist();
    }
}
