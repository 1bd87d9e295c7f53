// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code shiftlens analyze} end to end: real files, a real workspace, the real model; exit codes and messages as DESIGN.md says. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true));
        return ShiftlensCommand.run(args, console, (workspace, input) -> {
            throw new AssertionError("the workbench must not open in a headless command");
        });
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static String pair(String id, String query, String baseline, String candidate) {
        return """
                {"request_id":"%s","query":"%s","baseline_output":"%s","candidate_output":"%s","metadata":{"region":"eu-west"}}"""
                .formatted(id, query, baseline, candidate);
    }

    /** Thirty ordinary pairs and twenty where the candidate starts refusing bookings. */
    private Path incident() throws IOException {
        List<String> lines = new ArrayList<>();
        String[] products = {"TV", "router", "laptop", "phone", "camera", "speaker"};
        for (int i = 0; i < 30; i++) {
            String product = products[i % products.length];
            lines.add(pair("n" + i, "How do I reset my " + product + " number " + i + "?",
                    "Hold the power button of the " + product + " for ten seconds, then release it and wait for the restart.",
                    "Press and hold the " + product + "'s power button for ten seconds, release it, and wait while it restarts."));
        }
        for (int i = 0; i < 20; i++) {
            lines.add(pair("b" + i, "Book a repair for my " + products[i % products.length] + " on day " + i,
                    "Done: your repair is booked for day " + i + " at 10:00 at the city store. Bring the device and its charger.",
                    "I'm sorry, but I can't book that appointment. Please contact the store directly."));
        }
        return write("incident.jsonl", String.join("\n", lines) + "\n");
    }

    @Test
    void analysingALogWritesTheArtifactContract() throws IOException {
        Path out = dir.resolve("out");

        int exit = run("analyze", "--input", incident().toString(), "--out", out.toString(), "--min-cluster-size", "5");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode artifact = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
        assertThat(artifact.path("run").path("tool").asText()).isEqualTo("shiftlens");
        assertThat(artifact.path("summary").path("pairs").asInt()).isEqualTo(50);
        assertThat(artifact.path("summary").path("rows_read").asInt()).isEqualTo(50);
        assertThat(artifact.path("pairs")).hasSize(50);
        JsonNode refusal = artifact.path("pairs").get(30);
        assertThat(refusal.path("request_id").asText()).isEqualTo("b0");
        assertThat(refusal.path("diverged").asBoolean()).isTrue();
        assertThat(refusal.path("metrics").path("candidate_refusal").asDouble()).isEqualTo(1.0);
        assertThat(artifact.path("clusters")).anySatisfy(cluster -> {
            assertThat(cluster.path("verdict").asText()).isEqualTo("regression");
            assertThat(cluster.path("label").asText()).startsWith("Refusals appeared: refusals 0% → 100%");
            assertThat(cluster.path("size").asInt()).isEqualTo(20);
            assertThat(cluster.path("groups")).singleElement().satisfies(group -> {
                assertThat(group.path("size").asInt()).isEqualTo(20);
                assertThat(group.path("share").asDouble()).isEqualTo(1.0);
                assertThat(group.path("representative_pairs")).isNotEmpty();
            });
        });
        assertThat(this.out.toString()).contains("wrote " + out.resolve("analysis.json"));
    }

    @Test
    void theArtifactCarriesRunLevelShiftsAndTheHeadlineNamesTheMaterialOnes() throws IOException {
        Path out = dir.resolve("out");

        int exit = run("analyze", "--input", incident().toString(), "--out", out.toString(), "--min-cluster-size", "5");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("analysis.json").toFile()).path("summary");
        assertThat(summary.path("shifts")).anySatisfy(shift -> {
            assertThat(shift.path("metric").asText()).isEqualTo("refusal");
            assertThat(shift.path("kind").asText()).isEqualTo("rate");
            assertThat(shift.path("before").asDouble()).isZero();
            assertThat(shift.path("after").asDouble()).isEqualTo(0.4);
            assertThat(shift.path("material").asBoolean()).isTrue();
            assertThat(shift.path("description").asText()).startsWith("refusals 0% → 40% (+40.0 points, 95% CI ");
        });
        assertThat(summary.path("headline").asText()).startsWith("Across the run, ").contains("refusals 0% → 40%")
                .contains("of 50 pairs");
    }

    @Test
    void aFixedNoiseFloorLeavesOnlyStructuralChangesDivergedAndIsRecorded() throws IOException {
        Path out = dir.resolve("out");

        int exit = run("analyze", "--input", incident().toString(), "--out", out.toString(), "--noise-floor", "1", "--min-cluster-size", "5");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode artifact = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
        assertThat(artifact.path("summary").path("noise_floor").asDouble()).isEqualTo(1.0);
        assertThat(artifact.path("summary").path("noise_floor_method").asText()).isEqualTo("fixed by the user at 1.000");
        assertThat(artifact.path("summary").path("diverged").asInt()).isEqualTo(20); // the refusals: a structural change
        assertThat(artifact.path("run").path("settings").path("noise_floor").asText()).isEqualTo("1.0");
        assertThat(artifact.path("run").path("settings").path("min_cluster_size_used").asText()).isEqualTo("5");
    }

    @Test
    void badAnalysisSettingsAreUsageErrorsNamingTheOptionBeforeAnyImport() throws IOException {
        Path notSchema = write("schema.json", "[1, 2]");

        assertThat(run("analyze", "--input", incident().toString(), "--out", dir.resolve("a").toString(), "--noise-floor", "1.5"))
                .isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("--noise-floor must be from 0 to 1");
        assertThat(run("analyze", "--input", incident().toString(), "--out", dir.resolve("b").toString(), "--json-schema", notSchema.toString()))
                .isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("--json-schema: " + notSchema + " is not a JSON Schema: A JSON Schema must be a JSON object");
        assertThat(dir.resolve("a").resolve("workspace.duckdb")).doesNotExist();
    }

    @Test
    void failOnRegressionExitsOneWhenARegressionClusterIsFound() throws IOException {
        int exit = run("analyze", "--input", incident().toString(), "--out", dir.resolve("out").toString(),
                "--min-cluster-size", "5", "--fail-on-regression");

        assertThat(exit).isEqualTo(ExitCode.GATE_FAILED);
    }

    @Test
    void partlyBadFileIsAnalysedAndItsBadLinesAreListed() throws IOException {
        Path input = write("partly.jsonl", String.join("\n",
                pair("a", "q1", "Yes, two years.", "Yes, it is two years."),
                "{\"request_id\":\"x\",\"query\":\"unclosed",
                "{\"request_id\":\"y\",\"baseline_output\":\"a\",\"candidate_output\":\"b\"}",
                pair("b", "q2", "Ten seconds.", "Ten seconds, then release."),
                pair("c", "q3", "Blue.", "Blue.")) + "\n");
        Path out = dir.resolve("out");

        int exit = run("analyze", "--input", input.toString(), "--out", out.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("read 5 rows: 3 stored, 2 rejected")
                .contains("partly.jsonl:2: invalid JSON").contains("partly.jsonl:3: missing `query`");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("analysis.json").toFile()).path("summary");
        assertThat(summary.path("rows_rejected").asInt()).isEqualTo(2);
        assertThat(summary.path("rejects")).hasSize(2);
    }

    @Test
    void strictTurnsAnyRejectedRowIntoAnInputError() throws IOException {
        Path input = write("partly.jsonl", pair("a", "q", "x", "y") + "\nnot json\n");

        int exit = run("analyze", "--input", input.toString(), "--out", dir.resolve("out").toString(), "--strict");

        assertThat(exit).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("--strict: 1 rows were rejected");
    }

    @Test
    void missingEmptyAndNonJsonFilesAreInputErrorsNamingTheFile() throws IOException {
        Path empty = write("empty.jsonl", "");
        Path prose = write("notes.txt", "Dear team,\nthe logs are attached.\n");

        assertThat(run("analyze", "--input", dir.resolve("nope.jsonl").toString(), "--out", dir.resolve("o1").toString()))
                .isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run("analyze", "--input", empty.toString(), "--out", dir.resolve("o2").toString()))
                .isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(run("analyze", "--input", prose.toString(), "--out", dir.resolve("o3").toString()))
                .isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("nope.jsonl does not exist").contains("empty.jsonl is empty")
                .contains("notes.txt has no usable row").contains("notes.txt:1: invalid JSON");
    }

    @Test
    void workspaceThatIsNotADuckDbFileIsAnInputError() throws IOException {
        Path notes = write("notes.duckdb", "not a database\n".repeat(100));

        int exit = run("analyze", "--input", incident().toString(), "--out", dir.resolve("out").toString(),
                "--workspace", notes.toString());

        assertThat(exit).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("notes.duckdb is not a Shiftlens workspace");
    }

    @Test
    void outputFolderThatCannotBeWrittenIsAnInputErrorBeforeAnyWork() throws IOException {
        Path aFile = write("occupied", "a file where the folder should go");

        int exit = run("analyze", "--input", incident().toString(), "--out", aFile.resolve("out").toString());

        assertThat(exit).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("cannot write to output folder").contains("--out");
        assertThat(dir.resolve("occupied").resolve("workspace.duckdb")).doesNotExist();
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        int exit = run("analyze", "--out", dir.toString());

        assertThat(exit).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("say what to import: --input FILE, or --baseline FILE --candidate FILE");
    }

    @Test
    void helpListsTheSubcommands() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("analyze").contains("workbench");
    }
}
