// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate end to end through the command line, with the real embedding model on small generated inputs. */
class GateCommandTest {

    @TempDir
    Path folder;

    @Test
    void passesOnAParaphraseOnlyRun() throws IOException {
        Path input = PairedLogs.paraphraseOnly(folder.resolve("paraphrase.jsonl"), 200);
        Path out = folder.resolve("gate");

        CliRun run = CliRun.of("gate", "--input", input.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(run.out()).contains("gate: pass").doesNotContain("CROSSED");
        JsonNode gate = new ObjectMapper().readTree(out.resolve("analysis.json").toFile()).path("summary").path("gate");
        assertThat(gate.path("result").asText()).isEqualTo("pass");
        assertThat(out.resolve("report.html")).isNotEmptyFile();
        assertThat(out.resolve("report.md")).isNotEmptyFile();
    }

    @Test
    void failsOnTheSampleIncidentNamingEachCrossedThresholdWithItsFigure() throws IOException {
        Path input = PairedLogs.incident(folder.resolve("incident.jsonl"), 900);
        Path out = folder.resolve("gate");

        CliRun run = CliRun.of("gate", "--input", input.toString(), "--out", out.toString(),
                "--max-refusal-increase", "0.01", "--segment", "language=en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(run.out()).contains("gate: FAIL")
                .containsPattern("CROSSED  share of traffic in regression clusters \\d+\\.\\d% > max 5\\.0% \\(all traffic\\)")
                .containsPattern("CROSSED  refusal rate increase \\d+\\.\\d% > max 1\\.0% \\(all traffic\\)")
                .containsPattern("CROSSED  share of traffic in regression clusters \\d+\\.\\d% > max 5\\.0% \\(language=en\\)");
        JsonNode gate = new ObjectMapper().readTree(out.resolve("analysis.json").toFile()).path("summary").path("gate");
        assertThat(gate.path("result").asText()).isEqualTo("fail");
        assertThat(gate.path("checks").findValuesAsText("threshold")).contains("max_regression_share", "max_refusal_increase");
        assertThat(Files.readString(out.resolve("report.md"))).contains("## Gate: **failed**", "**crossed**: share of traffic");
        assertThat(Files.readString(out.resolve("report.html"))).contains("<h2>Gate: failed</h2>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            gate.yaml | max_regresion_share: 0.05                 | max_regresion_share
            gate.yaml | max_refusal_increase: lots                | max_refusal_increase
            gate.json | {"min_mean_similarity": 1.5}              | min_mean_similarity
            gate.yaml | "segments: [region]"                      | segments
            gate.json | {"max_regression_share": 0.05,            | gate.json:2:1: not a JSON object
            """)
    void aBadThresholdConfigIsAUsageErrorNamingTheOffendingKey(String name, String content, String named) throws IOException {
        Path config = Files.writeString(folder.resolve(name), content + "\n");
        Path input = PairedLogs.paraphraseOnly(folder.resolve("in.jsonl"), 5);

        CliRun run = CliRun.of("gate", "--input", input.toString(), "--out", folder.resolve("gate").toString(),
                "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains(named);
        assertThat(folder.resolve("gate/analysis.json")).doesNotExist();
    }

    @Test
    void aThresholdOptionOutOfRangeNamesTheOption() {
        Path input = PairedLogs.paraphraseOnly(folder.resolve("in.jsonl"), 5);

        CliRun run = CliRun.of("gate", "--input", input.toString(), "--out", folder.resolve("gate").toString(),
                "--max-regression-share", "5");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("--max-regression-share").contains("between");
    }

    @Test
    void aSegmentNoPairCarriesIsAUsageErrorListingTheValues() {
        Path input = PairedLogs.paraphraseOnly(folder.resolve("in.jsonl"), 20);

        CliRun run = CliRun.of("gate", "--input", input.toString(), "--out", folder.resolve("gate").toString(),
                "--segment", "region=eu-wst");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run.err()).contains("region=eu-wst").contains("values of region");
    }
}
