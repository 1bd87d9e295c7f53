// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.testserver.LoopbackModelServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** ./shiftlens match: before/after windows of a cutover paired by query similarity, and the artifact says so. */
class MatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void afterWindowQueriesArePairedWithSimilarBeforeQueriesAndMarkedMatched() throws Exception {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            before.append("{\"request_id\":\"b%d\",\"query\":\"How do I reset router model %d?\",\"output\":\"Hold the button for ten seconds, then wait.\",\"model\":\"old\"}\n".formatted(i, i));
            after.append("{\"request_id\":\"a%d\",\"query\":\"How do I reset router model %d please?\",\"output\":\"Hold the button.\",\"model\":\"new\"}\n".formatted(i, i));
        }
        after.append("{\"request_id\":\"odd\",\"query\":\"Bake a lemon cake\",\"output\":\"Mix flour.\"}\n");
        after.append("not json\n");
        Files.writeString(dir.resolve("before.jsonl"), before);
        Files.writeString(dir.resolve("after.jsonl"), after);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (LoopbackModelServer server = LoopbackModelServer.start()) {
            Files.writeString(dir.resolve("profiles.json"), server.exampleProfiles(Optional.empty()));
            exit = ShiftlensCommand.run(new String[] {"match", "--before", dir.resolve("before.jsonl").toString(),
                            "--after", dir.resolve("after.jsonl").toString(), "--threshold", "0.8",
                            "--profiles", dir.resolve("profiles.json").toString(), "--embeddings", "embeddings",
                            "--out", dir.resolve("out").toString()},
                    new Console(new PrintWriter(out, true), new PrintWriter(err, true)), (w, i) -> { },
                    new KeyResolver(name -> Optional.empty(), "Linux"));
        }

        assertThat(exit).as(err.toString()).isZero();
        JsonNode artifact = new ObjectMapper().readTree(dir.resolve("out/analysis.json").toFile());
        assertThat(artifact.path("run").path("mode").asText()).isEqualTo("matched");
        assertThat(artifact.path("summary").path("headline").asText()).startsWith("Matched pairs, not identical queries");
        assertThat(artifact.path("summary").path("pairs").asInt()).isEqualTo(12);
        assertThat(artifact.path("summary").path("rejects").toString()).contains("after.jsonl:13: no before-window query",
                "after.jsonl:14: invalid JSON");
        assertThat(out.toString()).contains("12 of 13 after-window requests matched");
    }
    @Test
    void oneCutoverLogIsSplitByVersionAndItsWindowsMatched() throws Exception {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            log.append("{\"request_id\":\"b%d\",\"query\":\"How do I reset router model %d?\",\"output\":\"Hold the button for ten seconds, then wait.\",\"model_version\":\"old-1\",\"timestamp\":\"2026-04-01T10:%02d:00Z\"}\n".formatted(i, i, i));
        }
        for (int i = 0; i < 12; i++) {
            log.append("{\"request_id\":\"a%d\",\"query\":\"How do I reset router model %d please?\",\"output\":\"Hold the button.\",\"model_version\":\"new-2\",\"timestamp\":\"2026-04-02T10:%02d:00Z\"}\n".formatted(i, i, i));
        }
        Files.writeString(dir.resolve("cutover.jsonl"), log);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = match(out, err, "--input", dir.resolve("cutover.jsonl").toString(), "--threshold", "0.8");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode artifact = new ObjectMapper().readTree(dir.resolve("out/analysis.json").toFile());
        assertThat(artifact.path("run").path("mode").asText()).isEqualTo("matched");
        assertThat(artifact.path("summary").path("pairs").asInt()).isEqualTo(12);
        assertThat(artifact.path("pairs").get(0).path("request_id").asText()).startsWith("a");
        assertThat(err.toString()).contains("cutover.jsonl: read 24 rows: 24 stored, 0 rejected");
        assertThat(out.toString()).contains("12 of 12 after-window requests matched");
    }

    @Test
    void aPairedLogNeedsNoMatchingAndSaysSo() throws Exception {
        Files.writeString(dir.resolve("paired.jsonl"),
                "{\"request_id\":\"r1\",\"query\":\"q\",\"baseline_output\":\"a\",\"candidate_output\":\"b\"}\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = match(out, err, "--input", dir.resolve("paired.jsonl").toString());

        assertThat(exit).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("holds both outputs per row", "shiftlens analyze --input");
    }

    @Test
    void inputAndWindowFilesTogetherAreAUsageError() {
        StringWriter err = new StringWriter();

        int exit = match(new StringWriter(), err, "--input", "x.jsonl", "--before", "b.jsonl", "--after", "a.jsonl");

        assertThat(exit).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("--input CUTOVER_LOG, or --before FILE --after FILE");
    }

    /** Runs match with the loopback server's embeddings endpoint (fast and deterministic) and --out dir/out. */
    private int match(StringWriter out, StringWriter err, String... options) {
        try (LoopbackModelServer server = LoopbackModelServer.start()) {
            Files.writeString(dir.resolve("profiles.json"), server.exampleProfiles(Optional.empty()));
            List<String> args = new ArrayList<>(List.of("match"));
            args.addAll(List.of(options));
            args.addAll(List.of("--profiles", dir.resolve("profiles.json").toString(), "--embeddings", "embeddings",
                    "--out", dir.resolve("out").toString()));
            return ShiftlensCommand.run(args.toArray(String[]::new), new Console(new PrintWriter(out, true), new PrintWriter(err, true)),
                    (w, i) -> { }, new KeyResolver(name -> Optional.empty(), "Linux"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
