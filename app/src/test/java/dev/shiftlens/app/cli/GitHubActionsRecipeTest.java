// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the gate step of docs/ci/github-actions.yml as GitHub would: its {@code run:} command in
 * bash, in the repository root, with the workflow's environment. Only what the hosted runner
 * provides is swapped: the input (a small generated paraphrase-only export), the output folder, and
 * the shiftlens command (this build's classes instead of a fresh checkout and Maven build).
 */
class GitHubActionsRecipeTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path WORKFLOW = REPOSITORY.resolve("docs/ci/github-actions.yml");

    @TempDir
    Path folder;

    @Test
    void theGateStepPassesAndLeavesTheReportWhereTheUploadStepLooks() throws Exception {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        JsonNode steps = workflow.path("jobs").path("gate").path("steps");
        JsonNode gateStep = find(steps, "id", "gate");
        JsonNode upload = find(steps, "uses", "actions/upload-artifact@v4");
        assertThat(upload.path("if").asText()).isEqualTo("always()");
        assertThat(upload.path("with").path("path").asText()).isEqualTo("${{ env.GATE_OUT }}");

        Path out = folder.resolve("shiftlens-gate");
        Path summary = folder.resolve("step-summary.md");
        ProcessBuilder bash = new ProcessBuilder("bash", "-e", "-c", gateStep.path("run").asText()).directory(REPOSITORY.toFile());
        Map<String, String> env = bash.environment();
        workflow.path("env").properties().forEach(entry -> env.put(entry.getKey(), entry.getValue().asText()));
        env.put("SHIFTLENS_HOME", REPOSITORY.toString());
        env.put("SHIFTLENS", launcher().toString());
        env.put("GATE_INPUT", PairedLogs.paraphraseOnly(folder.resolve("pairs.jsonl"), 120).toString());
        env.put("GATE_CONFIG", REPOSITORY.resolve("docs/ci/gate.yaml").toString());
        env.put("GATE_OUT", out.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        Process process = bash.redirectErrorStream(true).redirectOutput(folder.resolve("step.log").toFile()).start();

        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(folder.resolve("step.log"));
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("gate: pass");
        assertThat(out.resolve("analysis.json")).isNotEmptyFile();
        assertThat(out.resolve("report.html")).isNotEmptyFile();
        assertThat(Files.readString(summary)).startsWith("# What changed").contains("## Gate: passed");
    }

    private static JsonNode find(JsonNode steps, String field, String value) {
        for (JsonNode step : steps) {
            if (value.equals(step.path(field).asText())) {
                return step;
            }
        }
        throw new AssertionError("no step with " + field + ": " + value + " in " + WORKFLOW);
    }

    /** ./shiftlens, minus the Maven build: this JVM's classpath and the launcher's JVM options. */
    private Path launcher() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path script = folder.resolve("shiftlens");
        Files.writeString(script, """
                #!/usr/bin/env bash
                exec '%s' -Xmx2g --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \\
                  -cp '%s' dev.shiftlens.app.Main "$@"
                """.formatted(java, System.getProperty("java.class.path")));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
