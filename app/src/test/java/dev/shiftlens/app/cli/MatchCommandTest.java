// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.testserver.LoopbackModelServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
