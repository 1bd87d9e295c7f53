// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.connectors.testserver.Fault;
import dev.shiftlens.connectors.testserver.LoopbackModelServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "test-server", mixinStandardHelpOptions = true,
        description = {"Serve two canned models on 127.0.0.1 (OpenAI-compatible chat completions and embeddings,",
                "Anthropic Messages) to try replay without any real model. Answers are deterministic: a model whose",
                "name contains 'cand' answers warranty questions much shorter and renames the JSON key 'summary'",
                "to 'exec_summary' in reports. Runs until Ctrl-C."},
        footer = {"", "Faults (repeatable; each hits the first N matching requests, optionally only for @MODEL):",
                "  rate-limit:N[:SECONDS]  429 with Retry-After      error:N[:STATUS]  HTTP 500 (or STATUS)",
                "  hang:N[:SECONDS]        answer only after a wait  malformed:N       200 with a body that is not JSON",
                "", "Example: ./shiftlens test-server --latency-ms 200 --fault rate-limit:3:2 --write-profiles /tmp/profiles.json"})
final class TestServerCommand implements Callable<Integer> {

    private final Console console;

    @Option(names = "--port", defaultValue = "8089", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--latency-ms", defaultValue = "0", paramLabel = "MS", description = "Fixed delay before every answer.")
    long latencyMs;

    @Option(names = "--fault", paramLabel = "SPEC", description = "Inject a fault (see below); repeatable.")
    List<String> faults = new ArrayList<>();

    @Option(names = "--require-key-env", paramLabel = "NAME",
            description = "Refuse (401) requests whose key differs from this environment variable's value.")
    String requireKeyEnv;

    @Option(names = "--write-profiles", paramLabel = "FILE", description = "Write a profile file pointing at this server.")
    Path writeProfiles;

    TestServerCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        List<Fault> parsed = new ArrayList<>();
        for (String fault : faults) {
            try {
                parsed.add(Fault.parse(fault));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        Optional<String> key = Optional.ofNullable(requireKeyEnv).map(name -> Optional.ofNullable(System.getenv(name))
                .orElseThrow(() -> new UsageException("--require-key-env " + name + ": that environment variable is not set.")));
        try (LoopbackModelServer server = start(parsed, key)) {
            if (writeProfiles != null) {
                write(server.exampleProfiles(Optional.ofNullable(requireKeyEnv)));
            }
            console.result("test server on " + server.baseUrl() + " (models: baseline-model, candidate-model; latency "
                    + latencyMs + " ms" + (parsed.isEmpty() ? "" : "; faults: " + String.join(", ", faults)) + ")");
            if (writeProfiles != null) {
                console.result("profiles written to " + writeProfiles + " (baseline, candidate, candidate-anthropic, embeddings)");
            }
            console.result("Ctrl-C to stop.");
            Thread.sleep(Long.MAX_VALUE);
            return ExitCode.PASS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.PASS;
        }
    }

    private LoopbackModelServer start(List<Fault> parsed, Optional<String> key) {
        try {
            return LoopbackModelServer.start(port, Duration.ofMillis(latencyMs), parsed, key);
        } catch (java.io.UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private void write(String profiles) {
        try {
            Path parent = writeProfiles.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(writeProfiles, profiles);
        } catch (IOException e) {
            throw new UsageException("cannot write " + writeProfiles + ": " + e.getMessage());
        }
    }
}
