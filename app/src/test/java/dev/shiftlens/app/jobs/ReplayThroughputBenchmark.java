// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.connectors.endpoint.ChatEndpoint;
import dev.shiftlens.connectors.endpoint.EndpointKind;
import dev.shiftlens.connectors.endpoint.EndpointProfile;
import dev.shiftlens.connectors.replay.CachedAnswer;
import dev.shiftlens.connectors.replay.ReplayListener;
import dev.shiftlens.connectors.replay.ReplayMode;
import dev.shiftlens.connectors.replay.ReplayPlan;
import dev.shiftlens.connectors.replay.ReplayReport;
import dev.shiftlens.connectors.replay.Replayer;
import dev.shiftlens.connectors.replay.ResponseCache;
import dev.shiftlens.connectors.replay.RetryPolicy;
import dev.shiftlens.connectors.testserver.LoopbackModelServer;
import dev.shiftlens.storage.RunStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Replay throughput against the loopback server with a fixed latency, at concurrency 1, 8 and 64,
 * against the ideal of concurrency / latency; once with answers kept in a DuckDB workspace (the
 * real path) and once in memory (the HTTP and threading alone). Not a test: run it and read it.
 *
 * <pre>.ci/bench dev.shiftlens.app.jobs.ReplayThroughputBenchmark [latency-ms]</pre>
 */
public final class ReplayThroughputBenchmark {

    private ReplayThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Duration latency = Duration.ofMillis(args.length > 0 ? Long.parseLong(args[0]) : 200);
        StringBuilder table = new StringBuilder("concurrency  requests  cache      req/s   ideal  % of ideal\n");
        try (LoopbackModelServer server = LoopbackModelServer.start(0, latency, List.of(), Optional.empty())) {
            measure(server, 8, 64, "duckdb"); // warm-up: JIT, connection pool, DuckDB
            measure(server, 8, 64, "memory");
            for (int concurrency : new int[] {1, 8, 64}) {
                int requests = Math.max(25, concurrency * 12);
                for (String cache : List.of("memory", "duckdb")) {
                    double rate = measure(server, concurrency, requests, cache);
                    double ideal = concurrency / (latency.toNanos() / 1e9);
                    table.append("%11d  %8d  %-6s  %7.1f  %6.1f  %9.1f%%%n".formatted(concurrency, requests, cache, rate, ideal, 100 * rate / ideal));
                }
            }
        }
        System.out.print(table);
    }

    private static double measure(LoopbackModelServer server, int concurrency, int requests, String cacheKind) throws Exception {
        Path folder = Files.createTempDirectory("replay-bench");
        EndpointProfile profile = EndpointProfile.of("baseline", EndpointKind.OPENAI_CHAT, server.baseUrl(), "baseline-model")
                .withConcurrency(concurrency);
        String run = cacheKind + "-" + concurrency + "-" + System.nanoTime();
        List<PairRecord> queries = IntStream.range(0, requests)
                .mapToObj(i -> PairRecord.of("r" + i, "How do I reset router " + i + " (" + run + ")?", "", "")).toList();
        ReplayPlan plan = ReplayPlan.of(queries, new ReplayMode.Retrospective(ChatEndpoint.open(profile, Optional.empty())), 0, 1);
        try (RunStore store = RunStore.open(folder.resolve("bench.duckdb"))) {
            ResponseCache cache = cacheKind.equals("duckdb") ? new WorkspaceResponseCache(store) : new MemoryCache();
            long started = System.nanoTime();
            ReplayReport report = new Replayer(cache, RetryPolicy.defaults(), OptionalDouble.empty(), 1)
                    .run(plan.requests(), ReplayListener.NONE, Cancellation.none());
            double seconds = (System.nanoTime() - started) / 1e9;
            if (report.progress().fetched() != requests) {
                throw new IllegalStateException("only " + report.progress().fetched() + " of " + requests + " answered");
            }
            return requests / seconds;
        }
    }

    private static final class MemoryCache implements ResponseCache {
        private final Map<String, CachedAnswer> answers = new ConcurrentHashMap<>();

        @Override
        public Optional<CachedAnswer> find(String cacheKey) {
            return Optional.ofNullable(answers.get(cacheKey));
        }

        @Override
        public void keep(CachedAnswer answer) {
            answers.put(answer.cacheKey(), answer);
        }
    }
}
