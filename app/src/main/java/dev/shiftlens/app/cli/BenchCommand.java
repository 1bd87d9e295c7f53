// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.cli;

import dev.shiftlens.analysis.embed.DedupingEmbedder;
import dev.shiftlens.analysis.embed.InMemoryEmbeddingCache;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.app.bench.AccuracyBench;
import dev.shiftlens.app.bench.AccuracyTable;
import dev.shiftlens.app.jobs.EmbeddingModels;
import dev.shiftlens.app.jobs.EmbeddingPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code shiftlens bench accuracy}: how right the findings are on real pairs with planted changes. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure the analysis.",
        subcommands = BenchCommand.Accuracy.class)
final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new UsageException("name a benchmark: shiftlens bench accuracy (see shiftlens bench accuracy --help)");
    }

    @Command(name = "accuracy", mixinStandardHelpOptions = true,
            description = {"Plant changes (refusals, dropped citations, shortening, flattened structure, language switches,",
                    "renamed JSON keys, flattery, and their reverses) with randomised wording into real pairs of two model",
                    "versions, analyse, and score each planted kind: recall (share in its best cluster), purity, clusters",
                    "holding it, verdict; and the share of unplanted pairs in regression/improvement clusters. A second,",
                    "pure-noise variant plants nothing and must yield no regression cluster."},
            footer = {"", "Exit codes: 0 every bar held, 1 a bar failed (the table marks it), 2 usage or input error."})
    static final class Accuracy implements Callable<Integer> {

        private final Console console;

        @Option(names = "--pairs", paramLabel = "FILE", description = "Real paired JSONL to plant into (default: the bundled sample-data/realdata/arena_gpt-4-0314__gpt-4-0613.jsonl).")
        Path pairs;

        @Option(names = "--sizes", split = ",", defaultValue = "1000,10000", description = "Run sizes in pairs (default: ${DEFAULT-VALUE}).")
        List<Integer> sizes;

        @Option(names = "--seeds", split = ",", defaultValue = "1,2,3", description = "Seeds; each draws pairs, proportions and wording anew (default: ${DEFAULT-VALUE}).")
        List<Long> seeds;

        @Option(names = "--no-noise-variant", negatable = true, defaultValue = "true", description = "Also run the pure-noise variant (default: on).")
        boolean noiseVariant;

        @Option(names = "--keep-runs", paramLabel = "DIR", description = "Also write each run as paired JSONL (truth in metadata.planted) to analyse or open in the workbench.")
        Path keepRuns;

        @Option(names = "--embedding", split = ",", defaultValue = "static",
                description = "Bundled embedding paths to score, each with the same runs: static, minilm or static,minilm (default: ${DEFAULT-VALUE}).")
        List<String> embeddings;

        Accuracy(Console console) {
            this.console = console;
        }

        @Override
        public Integer call() {
            Path file = Optional.ofNullable(pairs).orElseGet(Accuracy::bundledPairs);
            if (sizes.stream().anyMatch(size -> size < 100)) {
                throw new UsageException("--sizes: each run needs at least 100 pairs, got " + sizes);
            }
            List<EmbeddingPath> paths = embeddings.stream().map(id -> EmbeddingPath.of(id).filter(path -> path != EmbeddingPath.ENDPOINT)
                    .orElseThrow(() -> new UsageException("--embedding: unknown bundled path '" + id + "'; use minilm, static or minilm,static"))).toList();
            AccuracyBench onPairs = AccuracyBench.on(file);
            console.info("real pairs: " + file + ": " + onPairs.poolDescription());
            CliProgress progress = new CliProgress(console);
            List<AccuracyBench.RunScore> runs = new ArrayList<>();
            for (EmbeddingPath path : paths) {
                var embedder = new DedupingEmbedder(EmbeddingModels.bundled(path), new InMemoryEmbeddingCache());
                AccuracyBench bench = onPairs.using(embedder, path.id());
                console.info("embedding: " + embedder.modelId());
                runAll(bench, progress, runs);
            }
            console.result(AccuracyTable.markdown(runs));
            return runs.stream().allMatch(AccuracyBench.RunScore::holds) ? ExitCode.PASS : ExitCode.GATE_FAILED;
        }

        private void runAll(AccuracyBench bench, CliProgress progress, List<AccuracyBench.RunScore> runs) {
            Interruption.run(cancel -> {
                for (int size : sizes) {
                    for (long seed : seeds) {
                        runs.add(bench.run(true, size, seed, Optional.ofNullable(keepRuns), quiet(progress), cancel));
                        console.info(AccuracyTable.oneLine(runs.getLast()));
                    }
                    if (noiseVariant) {
                        runs.add(bench.run(false, size, seeds.getFirst(), Optional.ofNullable(keepRuns), quiet(progress), cancel));
                        console.info(AccuracyTable.oneLine(runs.getLast()));
                    }
                }
                return null;
            });
        }

        /** Stage changes only: a bench runs many analyses, and a line per tenth of each would flood the console. */
        private static ProgressListener quiet(CliProgress progress) {
            return (fraction, message) -> {
                if (message.startsWith("clustering") || message.startsWith("laying out")) {
                    progress.update(fraction, message);
                }
            };
        }

        private static Path bundledPairs() {
            return Path.of(System.getProperty("shiftlens.home", "."), "sample-data", "realdata", "arena_gpt-4-0314__gpt-4-0613.jsonl");
        }
    }
}
