// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Throughput of the embedding paths on ~40-word English texts; a measurement program, not a test.
 * Run with an SLF4J provider on the class path, e.g.
 * {@code java -cp analysis/target/classes:analysis/target/test-classes:<deps>:slf4j-simple.jar
 * dev.shiftlens.analysis.embed.EmbeddingThroughput [texts]}.
 */
public final class EmbeddingThroughput {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingThroughput.class);

    private EmbeddingThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<String> texts = SampleTexts.of(count, 40, 42);
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        LOG.info("{} texts of 40 words, {} cores", count, Runtime.getRuntime().availableProcessors());

        try (ExecutorService two = Executors.newFixedThreadPool(2); ExecutorService one = Executors.newSingleThreadExecutor()) {
            var langchainDefault = new AllMiniLmL6V2QuantizedEmbeddingModel(two);
            var langchainOneThread = new AllMiniLmL6V2QuantizedEmbeddingModel(one);
            measure("langchain4j embedAll, 2 caller threads (its default), 1 text per run", texts,
                    t -> langchainDefault.embedAll(segments).content().size());
            measure("langchain4j embedAll, 1 caller thread, 1 text per run", texts,
                    t -> langchainOneThread.embedAll(segments).content().size());
            measure("langchain4j embed(text) one by one", texts,
                    t -> { segments.forEach(langchainOneThread::embed); return t.size(); });
        }
        int[][] configs = { // batch, workers, threads per worker
                {1, 1, 2}, {1, 2, 1}, {8, 1, 2}, {16, 1, 2}, {32, 1, 2}, {64, 1, 2}, {128, 1, 2},
                {32, 2, 1}, {16, 2, 1}, {32, 1, 1}};
        for (int[] c : configs) {
            try (MiniLmEmbedder embedder = MiniLmEmbedder.load(new MiniLmEmbedder.Settings(c[0], c[1], c[2], 8))) {
                measure("MiniLmEmbedder batch " + c[0] + ", " + c[1] + " worker(s) x " + c[2] + " ORT thread(s)", texts,
                        t -> embedder.embed(t, ProgressListener.NONE, Cancellation.none()).length);
            }
        }
        try (MiniLmEmbedder embedder = MiniLmEmbedder.load()) {
            List<String> longTexts = SampleTexts.of(100, 600, 7);
            measure("MiniLmEmbedder defaults, 600-word texts (4 windows each)", longTexts,
                    t -> embedder.embed(t, ProgressListener.NONE, Cancellation.none()).length);
        }
    }

    /** Best and median of three timed runs after a warm-up run, so one slow run (JIT, GC) does not decide. */
    private static void measure(String label, List<String> texts, Function<List<String>, Integer> run) {
        run.apply(texts.subList(0, Math.min(64, texts.size())));
        double[] rates = new double[3];
        for (int r = 0; r < rates.length; r++) {
            long start = System.nanoTime();
            int done = run.apply(texts);
            rates[r] = done / ((System.nanoTime() - start) / 1e9);
        }
        java.util.Arrays.sort(rates);
        LOG.info(String.format("%-75s best %6.1f, median %6.1f texts/s", label, rates[2], rates[1]));
    }
}
