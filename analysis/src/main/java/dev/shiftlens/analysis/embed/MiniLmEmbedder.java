// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * all-MiniLM-L6-v2 (int8-quantized, 384 dimensions), in-process and offline from the langchain4j artifact.
 *
 * <p>Texts are processed in chunks (the unit of progress and cancellation); a chunk's windows are sorted
 * by length and run by {@code workers} threads, each call using {@code threadsPerWorker} ONNX Runtime threads
 * (see {@link Settings} for why batches hold one window by default).
 *
 * <p>Long texts: the model was trained on 256 word pieces. A text is cut into windows of up to 254 pieces
 * (plus [CLS] and [SEP]) on word boundaries; its vector is the token-weighted mean of its windows' vectors,
 * normalised. At most {@link Settings#maxWindows()} windows are used (8: about 2,000 pieces or 1,500
 * English words); the rest of a longer text is ignored and counted in the debug log.
 */
public final class MiniLmEmbedder implements TextEmbedder, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MiniLmEmbedder.class);
    private static final int WINDOW_PIECES = 254;
    private static final int CHUNK_TEXTS = 256;

    /**
     * How the work is spread. The model is dynamically int8-quantized: each run derives its quantization scales
     * from the whole input tensor, so with {@code batchSize > 1} a text's vector depends on the texts batched
     * with it (measured cosine to the unbatched vector 0.98-0.995). The default therefore runs one text per
     * call, on {@code workers} threads with one ONNX Runtime thread each, which keeps vectors reproducible
     * and cacheable; larger batches are faster (see EmbeddingThroughput) and are named in {@link #modelId()}.
     */
    public record Settings(int batchSize, int workers, int threadsPerWorker, int maxWindows) {

        public Settings {
            if (batchSize < 1 || workers < 1 || threadsPerWorker < 1 || maxWindows < 1) {
                throw new IllegalArgumentException("all settings must be at least 1: " + this);
            }
        }

        public static Settings defaults() {
            return new Settings(1, Math.max(1, Runtime.getRuntime().availableProcessors()), 1, 8);
        }
    }

    private final OnnxMiniLm model;
    private final Settings settings;

    private MiniLmEmbedder(OnnxMiniLm model, Settings settings) {
        this.model = model;
        this.settings = settings;
    }

    /** Loads the model (about 0.5 s, 23 MB); reuse one instance, it is safe to share between threads. */
    public static MiniLmEmbedder load(Settings settings) {
        return new MiniLmEmbedder(OnnxMiniLm.load(settings.threadsPerWorker()), settings);
    }

    public static MiniLmEmbedder load() {
        return load(Settings.defaults());
    }

    @Override
    public int dimension() {
        return OnnxMiniLm.DIMENSION;
    }

    @Override
    public String modelId() {
        return "sentence-transformers/all-MiniLM-L6-v2 int8 (langchain4j " + model.artifactVersion()
                + "), mean pooling, windows of " + (WINDOW_PIECES + 2) + " x " + settings.maxWindows()
                + (settings.batchSize() > 1 ? ", batches of " + settings.batchSize() : "");
    }

    @Override
    public float[][] embed(List<String> texts, ProgressListener progress, Cancellation cancel) {
        float[][] vectors = new float[texts.size()][];
        try (ExecutorService workers = settings.workers() > 1 ? Executors.newFixedThreadPool(settings.workers(),
                Thread.ofPlatform().name("minilm-", 0).daemon().factory()) : null) {
            for (int from = 0; from < texts.size(); from += CHUNK_TEXTS) {
                cancel.checkpoint();
                int to = Math.min(texts.size(), from + CHUNK_TEXTS);
                embedChunk(texts, from, to, vectors, workers, cancel);
                progress.update((double) to / texts.size(), "embedded " + to + " of " + texts.size() + " texts");
            }
        }
        progress.update(1, "embedded " + texts.size() + " texts");
        return vectors;
    }

    /** One window of one text. */
    private record Piece(int text, long[] ids) { }

    private void embedChunk(List<String> texts, int from, int to, float[][] vectors,
                            ExecutorService workers, Cancellation cancel) {
        List<Piece> pieces = new ArrayList<>();
        int truncated = 0;
        for (int i = from; i < to; i++) {
            OnnxMiniLm.TokenizedText tokens = model.tokenize(texts.get(i));
            for (long[] window : TokenWindows.split(tokens.ids(), tokens.pieces(), WINDOW_PIECES, settings.maxWindows())) {
                pieces.add(new Piece(i, window));
            }
            if (tokens.ids().length > WINDOW_PIECES * settings.maxWindows()) {
                truncated++;
            }
        }
        if (truncated > 0) {
            LOG.debug("{} texts longer than {} windows were embedded from their beginning only", truncated, settings.maxWindows());
        }
        pieces.sort(Comparator.comparingInt(p -> p.ids().length));
        float[][] pooled = runBatches(pieces, workers, cancel);

        float[][] sums = new float[to - from][OnnxMiniLm.DIMENSION];
        for (int p = 0; p < pieces.size(); p++) {
            float weight = pieces.get(p).ids().length + 2;
            float[] sum = sums[pieces.get(p).text() - from];
            for (int d = 0; d < sum.length; d++) {
                sum[d] += weight * pooled[p][d];
            }
        }
        for (int i = from; i < to; i++) {
            vectors[i] = normalised(sums[i - from]);
        }
    }

    private float[][] runBatches(List<Piece> pieces, ExecutorService workers, Cancellation cancel) {
        float[][] pooled = new float[pieces.size()][];
        List<int[]> ranges = new ArrayList<>();
        for (int start = 0; start < pieces.size(); start += settings.batchSize()) {
            ranges.add(new int[] {start, Math.min(pieces.size(), start + settings.batchSize())});
        }
        if (workers == null) {
            ranges.forEach(range -> runBatch(pieces, range, pooled, cancel));
            return pooled;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < settings.workers(); w++) {
            running.add(workers.submit(() -> {
                for (int r = next.getAndIncrement(); r < ranges.size(); r = next.getAndIncrement()) {
                    runBatch(pieces, ranges.get(r), pooled, cancel);
                }
            }));
        }
        awaitAll(running);
        return pooled;
    }

    private void runBatch(List<Piece> pieces, int[] range, float[][] pooled, Cancellation cancel) {
        cancel.checkpoint();
        List<long[]> windows = pieces.subList(range[0], range[1]).stream().map(Piece::ids).toList();
        float[][] batch = model.meanPooled(windows);
        System.arraycopy(batch, 0, pooled, range[0], batch.length);
    }

    private static void awaitAll(List<Future<?>> running) {
        try {
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingException("Embedding was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new EmbeddingException("Embedding failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static float[] normalised(float[] vector) {
        double sumSquares = 0;
        for (float v : vector) {
            sumSquares += (double) v * v;
        }
        float norm = (float) Math.sqrt(sumSquares);
        if (norm > 0) {
            for (int d = 0; d < vector.length; d++) {
                vector[d] /= norm;
            }
        }
        return vector;
    }

    @Override
    public void close() {
        model.close();
    }
}
