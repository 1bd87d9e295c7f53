// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.connectors.testserver.LoopbackModelServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * gate --queries LOG --baseline-endpoint A --candidate-endpoint B against the loopback test server:
 * two models that only reword pass; the test server's candidate (shorter warranty answers, a renamed
 * JSON key) fails naming the threshold; a bad profile path is a usage error before anything is sent.
 */
class GateEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LoopbackModelServer server;

    @BeforeEach
    void start() {
        server = LoopbackModelServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path queries(int rows) throws IOException {
        StringBuilder lines = new StringBuilder();
        String[] regions = {"eu-west", "us-east", "ap-south"};
        for (int i = 0; i < rows; i++) {
            String query = switch (i % 3) {
                case 0 -> "Is my order " + i + " still under warranty?";
                case 1 -> "Write the weekly report " + i + " as JSON.";
                default -> "How do I set up the printer in room " + i + "?";
            };
            lines.append(JSON.writeValueAsString(Map.of("request_id", "q-" + i, "query", query,
                    "candidate_output", "logged answer " + i, "metadata", Map.of("region", regions[i % 3])))).append('\n');
        }
        return Files.writeString(dir.resolve("queries.jsonl"), lines);
    }

    /** The server rewords by seed: "prod" and "next" differ only in openers and closers; "cand" changes behaviour. */
    private Path profiles() throws IOException {
        return Files.writeString(dir.resolve("profiles.yaml"), """
                profiles:
                  prod:
                    base_url: %1$s
                    model: prod-model
                    seed: 1
                    price_per_1k: {input: 0.001, output: 0.001}
                  next:
                    base_url: %1$s
                    model: next-model
                    seed: 2
                  cand:
                    base_url: %1$s
                    model: candidate-model
                    seed: 2
                """.formatted(server.baseUrl()));
    }

    @Test
    void twoEndpointsThatOnlyRewordPass() throws IOException {
        Path out = dir.resolve("gate");

        CliRun run = CliRun.of("gate", "--queries", queries(90).toString(), "--profiles", profiles().toString(),
                "--baseline-endpoint", "prod", "--candidate-endpoint", "next", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.PASS);
        assertThat(run.out()).contains("gate: pass").doesNotContain("CROSSED");
        assertThat(server.requests()).isEqualTo(180);
        JsonNode artifact = JSON.readTree(out.resolve("analysis.json").toFile());
        assertThat(artifact.path("summary").path("gate").path("result").asText()).isEqualTo("pass");
        assertThat(artifact.path("run").path("mode").asText()).isEqualTo("replay");
        assertThat(artifact.path("run").path("manifests").path("candidate").path("model").asText()).isEqualTo("next-model");
        assertThat(out.resolve("report.html")).isNotEmptyFile();
        assertThat(out.resolve("report.md")).isNotEmptyFile();
    }

    @Test
    void anEndpointThatChangesBehaviourFailsNamingTheThreshold() throws IOException {
        Path out = dir.resolve("gate");

        CliRun run = CliRun.of("gate", "--queries", queries(120).toString(), "--profiles", profiles().toString(),
                "--baseline-endpoint", "prod", "--candidate-endpoint", "cand", "--sample", "90", "--seed", "7",
                "--max-cost", "1", "--segment", "region=eu-west", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(run.err()).contains("replay plan: random 90 of 120 logged queries (seed 7)", "cap $1.0000");
        assertThat(run.out()).contains("gate: FAIL")
                .containsPattern("CROSSED  share of traffic in regression clusters \\d+\\.\\d% > max 5\\.0% \\(all traffic\\)");
        assertThat(server.requests()).isEqualTo(180);
        JsonNode gate = JSON.readTree(out.resolve("analysis.json").toFile()).path("summary").path("gate");
        assertThat(gate.path("result").asText()).isEqualTo("fail");
        assertThat(gate.path("crossed").toString()).contains("share of traffic in regression clusters", "(region=eu-west)");
        assertThat(Files.readString(out.resolve("report.md"))).contains("## Gate: **failed**");
    }

    @Test
    void aProfileFileThatDoesNotExistIsAUsageErrorNamingItBeforeAnyRequest() throws IOException {
        Path missing = dir.resolve("no-such-profiles.yaml");

        CliRun run = CliRun.of("gate", "--queries", queries(6).toString(), "--profiles", missing.toString(),
                "--baseline-endpoint", "prod", "--candidate-endpoint", "cand", "--out", dir.resolve("gate").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("profile file " + missing + " does not exist");
        assertThat(server.requests()).isZero();
        assertThat(dir.resolve("gate/analysis.json")).doesNotExist();
    }

    @Test
    void strictRefusesAQueryLogWithARejectedRowBeforeAnyRequest() throws IOException {
        Path log = queries(6);
        Files.writeString(log, "{\"request_id\": \"broken\", \"query\": \"unclosed\n", java.nio.file.StandardOpenOption.APPEND);

        CliRun run = CliRun.of("gate", "--queries", log.toString(), "--profiles", profiles().toString(), "--strict",
                "--baseline-endpoint", "prod", "--candidate-endpoint", "cand", "--out", dir.resolve("gate").toString());

        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("--strict: 1 rows of " + log + " were rejected", "nothing was sent");
        assertThat(server.requests()).isZero();
    }

    @Test
    void anUnknownProfileNameIsAUsageErrorNamingIt() throws IOException {
        CliRun run = CliRun.of("gate", "--queries", queries(6).toString(), "--profiles", profiles().toString(),
                "--baseline-endpoint", "prod", "--candidate-endpoint", "canddiate", "--out", dir.resolve("gate").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("canddiate");
        assertThat(server.requests()).isZero();
    }

    @Test
    void pairedInputAndEndpointsTogetherAreAUsageError() throws IOException {
        CliRun run = CliRun.of("gate", "--input", queries(6).toString(), "--queries", queries(6).toString(),
                "--profiles", profiles().toString(), "--baseline-endpoint", "prod", "--out", dir.resolve("gate").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("not both");
    }
}
