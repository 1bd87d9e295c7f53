// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shiftlens.analysis.embed.DedupingEmbedder;
import dev.shiftlens.analysis.embed.MiniLmEmbedder;
import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.pipeline.DivergenceAnalysis;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.app.cli.Console;
import dev.shiftlens.app.jobs.EmbeddingModels;
import dev.shiftlens.app.jobs.EmbeddingPath;
import dev.shiftlens.app.jobs.FileDistilledModelCache;
import dev.shiftlens.sampledata.SampleIncident;
import dev.shiftlens.sampledata.SampleRow;
import dev.shiftlens.storage.RunStore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * End-to-end analysis timing per stage for sample incidents of the given sizes, for each embedding path,
 * beside the ceilings measured in the same run: the path's raw model throughput (on distinct texts, no
 * cache, no deduplication) and a DuckDB scan of the same pairs. The static path runs at every size, MiniLM
 * up to {@code -Dbench.minilm.maxPairs} (default 10,000; 100k takes about half an hour). Not a test: run it with
 * {@code .ci/bench dev.shiftlens.app.bench.AnalysisBenchmark 10000 100000}.
 */
public final class AnalysisBenchmark {

    private static final int CEILING_TEXTS = 2_000;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Console console = Console.system();
        List<Integer> sizes = args.length == 0 ? List.of(10_000) : java.util.Arrays.stream(args).map(Integer::parseInt).toList();
        int miniLmMaxPairs = Integer.getInteger("bench.minilm.maxPairs", 10_000);
        Path dir = Files.createTempDirectory("shiftlens-bench");
        Map<String, Double> endToEnd = new LinkedHashMap<>();
        try (MiniLmEmbedder miniLm = MiniLmEmbedder.load()) {
            TextEmbedder fast = EmbeddingModels.bundled(EmbeddingPath.STATIC);
            long start = System.nanoTime();
            fast.prepare(ProgressListener.NONE, Cancellation.none());
            console.result("static table ready in %.1f s (read from %s, or built once)".formatted(elapsed(start),
                    FileDistilledModelCache.standard().locate("")));
            for (int size : sizes) {
                Path input = dir.resolve("incident-" + size + ".jsonl");
                writeIncident(input, size);
                console.result(measure(size, input, dir, "static", fast, endToEnd));
                if (size <= miniLmMaxPairs) {
                    console.result(measure(size, input, dir, "minilm", miniLm, endToEnd));
                }
            }
        }
        StringBuilder summary = new StringBuilder("%n== end to end (import + analysis + storing it)%n".formatted());
        endToEnd.forEach((key, value) -> summary.append("%-22s %9.1f s%n".formatted(key, value)));
        for (int size : sizes) {
            Double fastSeconds = endToEnd.get("static " + size);
            Double slowSeconds = endToEnd.get("minilm " + size);
            if (fastSeconds != null && slowSeconds != null) {
                summary.append("%,d pairs: static is %.1fx faster than minilm end to end%n".formatted(size, slowSeconds / fastSeconds));
            }
        }
        console.result(summary.toString());
    }

    private static String measure(int size, Path input, Path dir, String path, TextEmbedder model, Map<String, Double> endToEnd)
            throws IOException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        try (RunStore store = RunStore.open(dir.resolve("bench-" + size + "-" + path + ".duckdb"))) {
            long start = System.nanoTime();
            int runId = store.importPairs(input, "bench", ProgressListener.NONE, Cancellation.none()).runId();
            seconds.put("import", elapsed(start));

            start = System.nanoTime();
            long scanned = store.pairCount(runId);
            seconds.put("ceiling: DuckDB count", elapsed(start));
            start = System.nanoTime();
            List<PairRecord> pairs = store.pairs(runId);
            seconds.put("load pairs", elapsed(start));

            List<String> distinct = pairs.stream().flatMap(pair -> java.util.stream.Stream.of(pair.baselineOutput(), pair.candidateOutput()))
                    .distinct().limit(model instanceof MiniLmEmbedder ? CEILING_TEXTS : 10 * CEILING_TEXTS).toList();
            start = System.nanoTime();
            model.embed(distinct, ProgressListener.NONE, Cancellation.none());
            double rawTextsPerSecond = distinct.size() / elapsed(start);

            long distinctTexts = pairs.stream().flatMap(pair -> java.util.stream.Stream.of(pair.baselineOutput(), pair.candidateOutput()))
                    .distinct().count();
            start = System.nanoTime();
            RunAnalysis analysis = new DivergenceAnalysis(AnalysisSettings.defaults(), new DedupingEmbedder(model, store.embeddingCache()))
                    .run(pairs, ProgressListener.NONE, Cancellation.none());
            seconds.put("analysis end to end", elapsed(start));
            for (String stage : List.of("metrics", "embeddings", "divergence", "clustering", "projection", "characterisation")) {
                seconds.put("  " + stage, Double.parseDouble(analysis.settings().getOrDefault("stage_seconds." + stage, "NaN")));
            }
            start = System.nanoTime();
            store.saveAnalysis(runId, analysis);
            seconds.put("store analysis", elapsed(start));

            endToEnd.put(path + " " + size, seconds.get("import") + seconds.get("load pairs") + seconds.get("analysis end to end")
                    + seconds.get("store analysis"));
            double stageTextsPerSecond = distinctTexts / seconds.get("  embeddings");
            StringBuilder report = new StringBuilder("%n== %s: %,d pairs (%,d scanned, %,d distinct output texts, %,d diverged, %d clusters)%n"
                    .formatted(path, size, scanned, distinctTexts, analysis.summary().diverged(), analysis.summary().clusters()));
            seconds.forEach((stage, value) -> report.append("%-28s %9.2f s%n".formatted(stage, value)));
            report.append("embedding stage: %.0f texts/s; raw model on %,d distinct texts: %.0f texts/s; ratio %.0f%%%n"
                    .formatted(stageTextsPerSecond, distinct.size(), rawTextsPerSecond, 100 * stageTextsPerSecond / rawTextsPerSecond));
            return report.toString();
        }
    }

    private static void writeIncident(Path file, int size) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (SampleRow row : (Iterable<SampleRow>) SampleIncident.stream(SampleIncident.DEFAULT_SEED, size)::iterator) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("request_id", row.requestId());
                record.put("query", row.query());
                record.put("baseline_output", row.baselineOutput());
                record.put("candidate_output", row.candidateOutput());
                record.put("timestamp", row.timestamp().toString());
                record.put("metadata", row.metadata().asMap());
                out.write(json.writeValueAsString(record));
                out.newLine();
            }
        }
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
