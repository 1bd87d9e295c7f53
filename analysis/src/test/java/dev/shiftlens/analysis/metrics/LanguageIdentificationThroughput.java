// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Texts per second of {@link LanguageIdentifier} on real answers and queries, the cost of its Lingua path (what
 * every non-English text pays) with and without the sample cap, and the heap Lingua's models take; a measurement
 * program, not a test:
 * {@code .ci/bench dev.shiftlens.analysis.metrics.LanguageIdentificationThroughput PAIRS.jsonl}
 * (a canonical paired JSONL, e.g. ../shared/realdata/arena_gpt-4-0314__gpt-4-0613.jsonl).
 */
public final class LanguageIdentificationThroughput {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageIdentificationThroughput.class);

    private record Text(String prose, List<String> tokens) {
        static Text of(String raw) {
            String prose = ProseView.of(raw, JsonOutput.parse(raw));
            return new Text(prose, WordTokens.of(prose));
        }
    }

    private LanguageIdentificationThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LanguageIdentificationThroughput PAIRS.jsonl");
        }
        List<Text> outputs = new ArrayList<>();
        List<Text> queries = new ArrayList<>();
        read(Path.of(args[0]), outputs, queries);
        LOG.info("{} outputs ({} prose characters on average), {} queries ({}), {} cores", outputs.size(),
                meanChars(outputs), queries.size(), meanChars(queries), Runtime.getRuntime().availableProcessors());

        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        LinguaLanguages.bestGuess("warm up");
        LOG.info(String.format("Lingua detector built in %.1f s, heap +%d MB", (System.nanoTime() - start) / 1e9,
                (usedHeapAfterGc() - heapBefore) >> 20));

        LOG.info("outputs: {}% decided by ClearlyEnglish, {}% undetermined; queries: {}%, {}%",
                percent(outputs, t -> ClearlyEnglish.test(t.tokens())), percent(outputs, LanguageIdentificationThroughput::undetermined),
                percent(queries, t -> ClearlyEnglish.test(t.tokens())), percent(queries, LanguageIdentificationThroughput::undetermined));

        measure("identify, outputs, 1 thread", outputs, 1, t -> LanguageIdentifier.identify(t.prose(), t.tokens()));
        measure("identify, queries, 1 thread", queries, 1, t -> LanguageIdentifier.identify(t.prose(), t.tokens()));
        measure("identify, outputs, 2 threads", outputs, 2, t -> LanguageIdentifier.identify(t.prose(), t.tokens()));
        measure("Lingua path (non-English cost), outputs, 1 thread", outputs, 1,
                t -> LinguaLanguages.bestGuess(LanguageIdentifier.sample(t.prose())));
        measure("Lingua path (non-English cost), outputs, 2 threads", outputs, 2,
                t -> LinguaLanguages.bestGuess(LanguageIdentifier.sample(t.prose())));
        measure("Lingua path, queries, 1 thread", queries, 1,
                t -> LinguaLanguages.bestGuess(LanguageIdentifier.sample(t.prose())));
        measure("Lingua on whole outputs (no sample cap), 1 thread", outputs.subList(0, Math.min(300, outputs.size())), 1,
                t -> LinguaLanguages.bestGuess(t.prose()));
    }

    private static void read(Path file, List<Text> outputs, List<Text> queries) throws IOException {
        var mapper = new ObjectMapper();
        try (var lines = Files.lines(file)) {
            for (String line : (Iterable<String>) lines::iterator) {
                JsonNode pair = mapper.readTree(line);
                outputs.add(Text.of(pair.path("baseline_output").asText("")));
                outputs.add(Text.of(pair.path("candidate_output").asText("")));
                queries.add(Text.of(pair.path("query").asText("")));
            }
        }
    }

    private static boolean undetermined(Text text) {
        return LanguageIdentifier.UNDETERMINED.equals(LanguageIdentifier.identify(text.prose(), text.tokens()));
    }

    /** Best and median of three timed runs after a warm-up run, so one slow run (JIT, GC) does not decide. */
    private static void measure(String label, List<Text> texts, int threads, Function<Text, ?> identify) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            run(pool, threads, texts, identify);
            double[] rates = new double[3];
            for (int r = 0; r < rates.length; r++) {
                long start = System.nanoTime();
                run(pool, threads, texts, identify);
                rates[r] = texts.size() / ((System.nanoTime() - start) / 1e9);
            }
            Arrays.sort(rates);
            LOG.info(String.format("%-55s best %8.0f, median %8.0f texts/s", label, rates[2], rates[1]));
        }
    }

    private static void run(ExecutorService pool, int threads, List<Text> texts, Function<Text, ?> identify) throws Exception {
        List<Future<?>> parts = new ArrayList<>();
        for (int part = 0; part < threads; part++) {
            List<Text> slice = texts.subList(part * texts.size() / threads, (part + 1) * texts.size() / threads);
            parts.add(pool.submit(() -> slice.forEach(identify::apply)));
        }
        for (Future<?> part : parts) {
            part.get();
        }
    }

    private static long meanChars(List<Text> texts) {
        return Math.round(texts.stream().mapToInt(t -> t.prose().length()).average().orElse(0));
    }

    private static long percent(List<Text> texts, java.util.function.Predicate<Text> test) {
        return Math.round(100.0 * texts.stream().filter(test).count() / texts.size());
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
