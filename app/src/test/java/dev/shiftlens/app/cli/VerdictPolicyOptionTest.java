// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --verdict-policy FILE} on analyze and gate, and {@code analyze --print-verdict-policy}. */
class VerdictPolicyOptionTest {

    @TempDir
    Path dir;

    /** 40 support questions; the candidate refuses the 20 about accounts and answers the rest as the baseline did. */
    private Path refusals() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean refused = i % 2 == 0;
            String answer = "To %s, open Settings, choose %s and follow the steps shown; it takes about %d minutes."
                    .formatted(refused ? "reset the password of account " + i : "update printer driver " + i,
                            refused ? "Security" : "Devices", 2 + i % 5);
            lines.add(new ObjectMapper().writeValueAsString(java.util.Map.of("request_id", "r" + i,
                    "query", refused ? "How do I reset the password of account " + i + "?" : "How do I update printer driver " + i + "?",
                    "baseline_output", answer,
                    "candidate_output", refused ? "I'm sorry, but I can't help with that request." : answer)));
        }
        return Files.writeString(dir.resolve("refusals.jsonl"), String.join("\n", lines) + "\n");
    }

    private static JsonNode refusalCluster(Path out) throws IOException {
        JsonNode artifact = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
        for (JsonNode cluster : artifact.get("clusters")) {
            if (cluster.get("label").asText().startsWith("Refusals appeared")) {
                return cluster;
            }
        }
        throw new AssertionError("no refusal cluster in " + artifact.get("clusters"));
    }

    @Test
    void aPolicyFileTurningRefusalsNeutralChangesThatClustersVerdictAndIsRecorded() throws IOException {
        Path input = refusals();
        Path policy = Files.writeString(dir.resolve("policy.txt"), "# refusals of account questions are by design\nrefusal_appeared: neutral\n");

        CliRun written = CliRun.of("analyze", "--input", input.toString(), "--out", dir.resolve("written").toString());
        CliRun overridden = CliRun.of("analyze", "--input", input.toString(), "--out", dir.resolve("overridden").toString(),
                "--verdict-policy", policy.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(overridden.exitCode()).as(overridden.err()).isZero();
        assertThat(refusalCluster(dir.resolve("written")).get("verdict").asText()).isEqualTo("regression");
        assertThat(refusalCluster(dir.resolve("overridden")).get("verdict").asText()).isEqualTo("neutral");
        assertThat(refusalCluster(dir.resolve("overridden")).get("size").asInt()).isEqualTo(20);
        JsonNode settings = new ObjectMapper().readTree(dir.resolve("overridden/analysis.json").toFile()).path("run").path("settings");
        assertThat(settings.path("verdict_policy").asText()).isEqualTo("refusal_appeared: neutral\n");
    }

    @Test
    void anUnknownKindIsExit2NamingTheFileAndTheLineBeforeAnythingIsImported() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.txt"), "much_longer: neutral\nrefusals: neutral\n");

        CliRun run = CliRun.of("analyze", "--input", refusals().toString(), "--out", dir.resolve("out").toString(),
                "--verdict-policy", policy.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("--verdict-policy: " + policy + ", line 2: unknown kind of change `refusals`",
                "refusal_appeared");
        assertThat(dir.resolve("out/workspace.duckdb")).doesNotExist();
    }

    @Test
    void theGateReadsTheSamePolicyAndRejectsABadVerdict() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.txt"), "refusal_appeared: fine\n");

        CliRun run = CliRun.of("gate", "--input", refusals().toString(), "--out", dir.resolve("out").toString(),
                "--verdict-policy", policy.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains(policy + ", line 1: unknown verdict `fine`; use regression, improvement or neutral");
    }

    @Test
    void printVerdictPolicyListsEveryKindAsAFileToStartFrom() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.txt"), "structure_added: neutral\n");

        CliRun run = CliRun.of("analyze", "--print-verdict-policy", "--verdict-policy", policy.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(line -> !line.startsWith("#")))
                .hasSize(18).startsWith("emptied: regression", "filled: improvement", "refusal_appeared: regression")
                .contains("structure_added: neutral", "much_longer: improvement");
    }
}
