// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.connectors.endpoint.KeyResolver;
import dev.shiftlens.connectors.testserver.LoopbackModelServer;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** ./shiftlens replay end to end: a real loopback server, a real workspace, the real analysis. */
class ReplayCommandTest {

    private static final String KEY = "sk-canary-right-4d1f0a9b7c";
    private static final String WRONG_KEY = "sk-canary-wrong-93be11d07a";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private LoopbackModelServer server;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private Path log(int rows) throws IOException {
        StringBuilder lines = new StringBuilder();
        String[] regions = {"eu-west", "us-east", "ap-south"};
        for (int i = 0; i < rows; i++) {
            String query = switch (i % 3) {
                case 0 -> "Is my order " + i + " still under warranty?";
                case 1 -> "Write the weekly report " + i + " as JSON.";
                default -> "How do I set up the printer in room " + i + "?";
            };
            lines.append(JSON.writeValueAsString(Map.of("request_id", "r-" + i, "query", query,
                    "candidate_output", "logged answer " + i, "metadata", Map.of("region", regions[i % 3])))).append('\n');
        }
        Path log = dir.resolve("log.jsonl");
        Files.writeString(log, lines);
        return log;
    }

    private Path profiles(String keyVariable, double pricePer1k) throws IOException {
        Path file = dir.resolve("profiles.yaml");
        Files.writeString(file, """
                profiles:
                  baseline:
                    kind: openai-chat
                    base_url: %1$s
                    model: baseline-model
                    max_tokens: 200
                    concurrency: 4
                    price_per_1k: {input: %3$s, output: %3$s}
                    key: {env: %2$s}
                  candidate:
                    kind: anthropic-messages
                    base_url: %1$s
                    model: candidate-model
                    max_tokens: 200
                    concurrency: 4
                    price_per_1k: {input: %3$s, output: %3$s}
                    key: {env: %2$s}
                """.formatted(server.baseUrl(), keyVariable, pricePer1k));
        return file;
    }

    private int shiftlens(Map<String, String> environment, String... args) {
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true));
        KeyResolver keys = new KeyResolver(name -> Optional.ofNullable(environment.get(name)), "Linux");
        return ShiftlensCommand.run(args, console, (workspace, input) -> { }, keys);
    }

    @Test
    void replayAnalysesThePairsAndTheKeyReachesNoFileLogOrMessage() throws Exception {
        server = LoopbackModelServer.start(0, Duration.ZERO, List.of(), Optional.of(KEY));
        Path log = log(30);
        Path profiles = profiles("SHIFTLENS_TEST_KEY", 0.001);
        Path outDir = dir.resolve("out");
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        int exit;
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            exit = shiftlens(Map.of("SHIFTLENS_TEST_KEY", KEY), "replay", "--profiles", profiles.toString(), "--baseline", "baseline",
                    "--candidate", "candidate", "--input", log.toString(), "--sample", "24", "--stratify-by", "region",
                    "--repeat", "6", "--out", outDir.toString());
        } finally {
            System.setErr(standardError);
        }

        assertThat(exit).as(err.toString()).isZero();
        JsonNode artifact = JSON.readTree(outDir.resolve("analysis.json").toFile());
        assertThat(artifact.path("run").path("mode").asText()).isEqualTo("replay");
        assertThat(artifact.path("summary").path("pairs").asInt()).isEqualTo(24);
        assertThat(artifact.path("summary").path("noise_floor_method").asText()).startsWith("measured from 6 repeated baseline samples");
        assertThat(artifact.path("run").path("settings").path("replay_profiles").asText()).contains("baseline-model", "candidate-model");
        assertThat(server.requests()).isEqualTo(24 * 2 + 6);
        assertThat(err.toString()).contains("replay plan: 24 of 30 logged queries stratified by region", "req/s", "spent $");
        assertKeyNowhere(KEY, outDir, out + err.toString() + logs);
    }

    @Test
    void wrongKeyStopsAtTheFirstRefusalWithAClearMessageAndExit2() throws Exception {
        server = LoopbackModelServer.start(0, Duration.ZERO, List.of(), Optional.of(KEY));
        Path outDir = dir.resolve("out");

        int exit = shiftlens(Map.of("SHIFTLENS_TEST_KEY", WRONG_KEY), "replay", "--profiles", profiles("SHIFTLENS_TEST_KEY", 0).toString(),
                "--baseline", "baseline", "--input", log(12).toString(), "--sample", "12", "--out", outDir.toString());

        assertThat(exit).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("refused the key from environment variable SHIFTLENS_TEST_KEY", "HTTP 401");
        assertThat(server.requests()).isBetween(1, 4);
        assertKeyNowhere(WRONG_KEY, outDir, out + err.toString());
    }

    @Test
    void missingKeyVariableIsAUsageErrorBeforeAnyRequest() throws Exception {
        server = LoopbackModelServer.start();

        int exit = shiftlens(Map.of(), "replay", "--profiles", profiles("NOT_SET_ANYWHERE", 0).toString(), "--baseline", "baseline",
                "--input", log(3).toString(), "--sample", "3", "--out", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("environment variable NOT_SET_ANYWHERE, which is not set");
        assertThat(server.requests()).isZero();
    }

    @Test
    void costCapStopsWithExit2AndSaysHowToResumeAndTheRerunAsksNothingTwice() throws Exception {
        server = LoopbackModelServer.start();
        Path log = log(20);
        Path profiles = profiles("K", 1.0);
        String[] common = {"replay", "--profiles", profiles.toString(), "--baseline", "baseline", "--candidate", "candidate",
                "--input", log.toString(), "--sample", "20", "--out", dir.resolve("out").toString()};

        int capped = shiftlens(Map.of("K", "any"), concat(common, "--max-cost", "1.0"));
        int askedWhenCapped = server.requests();
        int storedWhenCapped;
        try (RunStore store = RunStore.open(dir.resolve("out/workspace.duckdb"))) {
            storedWhenCapped = (int) store.responseCount();
        }
        int finished = shiftlens(Map.of("K", "any"), concat(common, "--max-cost", "100"));

        assertThat(capped).isEqualTo(ExitCode.USAGE_OR_INPUT);
        assertThat(err.toString()).contains("cost cap $1.0000 reached", "rerunning the same command asks only for the rest", "Raise --max-cost");
        assertThat(askedWhenCapped).isEqualTo(storedWhenCapped).isBetween(1, 39);
        assertThat(finished).as(err.toString()).isZero();
        assertThat(server.requests()).isEqualTo(40);
        assertThat(Files.exists(dir.resolve("out/analysis.json"))).isTrue();
    }

    @Test
    void estimateOnlyPrintsTheCostAndSendsNothing() throws Exception {
        server = LoopbackModelServer.start();

        int exit = shiftlens(Map.of("K", "any"), "replay", "--profiles", profiles("K", 0.5).toString(), "--baseline", "baseline",
                "--candidate", "candidate", "--input", log(10).toString(), "--sample", "10", "--estimate-only", "--out", dir.resolve("out").toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("baseline (baseline-model): 10 requests, 0 cached, 10 to send", "total: 20 requests to send");
        assertThat(server.requests()).isZero();
    }

    @Test
    void sampleStratifiedByQueryClusterKeepsEachTopicAtItsShare() throws Exception {
        server = LoopbackModelServer.start();

        int exit = shiftlens(Map.of("K", "any"), "replay", "--profiles", profiles("K", 0.5).toString(), "--baseline", "baseline",
                "--candidate", "candidate", "--input", log(60).toString(), "--sample", "9", "--stratify-by", "query-cluster",
                "--estimate-only", "--out", dir.resolve("out").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("replay plan: 9 of 60 logged queries stratified by 3 query clusters over 3 values");
        assertThat(server.requests()).isZero();
    }

    @Test
    void killedReplayResumesWithoutAskingForAnythingAlreadyStored() throws Exception {
        server = LoopbackModelServer.start(0, Duration.ofMillis(100), List.of(), Optional.empty());
        Path log = log(40);
        Path profiles = profiles("K", 0);
        Path outDir = dir.resolve("out");
        List<String> args = List.of("replay", "--profiles", profiles.toString(), "--baseline", "baseline", "--candidate", "candidate",
                "--input", log.toString(), "--sample", "40", "--out", outDir.toString());

        Process child = childShiftlens(args);
        while (server.requests() < 24 && child.isAlive()) {
            Thread.sleep(20);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int askedBeforeKill = server.requests();
        int stored;
        try (RunStore store = RunStore.open(outDir.resolve("workspace.duckdb"))) {
            stored = (int) store.responseCount();
        }
        int exit = shiftlens(Map.of("K", "x"), args.toArray(String[]::new));
        int askedOnResume = server.requests() - askedBeforeKill;

        assertThat(askedBeforeKill).as("the child was killed mid-replay").isLessThan(80);
        assertThat(stored).isPositive();
        assertThat(exit).as(err.toString()).isZero();
        assertThat(askedOnResume).isEqualTo(80 - stored);
        assertThat(askedBeforeKill - stored).as("only requests in flight at the kill are lost").isLessThanOrEqualTo(8);
    }

    private Process childShiftlens(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "dev.shiftlens.app.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        builder.environment().put("K", "x");
        return builder.start();
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }

    /** The key in no file of the output folder (the workspace dumped to text too), no console output, no log line. */
    private static void assertKeyNowhere(String key, Path outDir, String consoleAndLogs) throws IOException, SQLException {
        assertThat(consoleAndLogs).doesNotContain(key);
        Path dump = outDir.resolveSibling("dump-" + System.nanoTime());
        try (var connection = DriverManager.getConnection("jdbc:duckdb:" + outDir.resolve("workspace.duckdb"));
             var statement = connection.createStatement()) {
            statement.execute("EXPORT DATABASE '" + dump + "' (FORMAT CSV)");
        }
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(outDir), Files.walk(dump))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anySatisfy(file -> assertThat(file.getFileName().toString()).isEqualTo("responses.csv"));
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(text).as(file.toString()).doesNotContain(key);
        }
    }
}
