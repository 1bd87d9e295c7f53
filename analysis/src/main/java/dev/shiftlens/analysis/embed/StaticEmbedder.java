// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A static (Model2Vec-style) sentence embedding distilled on this machine from the bundled all-MiniLM-L6-v2: a
 * text's vector is the mean of its word pieces' distilled vectors, normalised. No transformer runs per text, so
 * the cost is tokenizing (see {@link WordPieceTokenizer}); about two orders of magnitude faster than
 * {@link MiniLmEmbedder}, at a cost in accuracy measured in docs/analysis.md.
 *
 * <p>The table ({@link StaticDistiller}, about half a minute on two cores) is built on first use and kept in the
 * {@link DistilledModelCache}; a stored table from another model version or settings, or a damaged one, is
 * rebuilt with a log line saying why. Nothing is downloaded.
 *
 * <p>Long texts: a text is embedded whole up to {@value #HEAD_CHARS} + {@value #TAIL_CHARS} characters; a longer
 * one from its first {@value #HEAD_CHARS} and last {@value #TAIL_CHARS} (the opening says what the answer is,
 * the end what it concludes). That bounds the cost of a pathological output without changing ordinary ones: it
 * is about 3,000 words, past the ~1,500 MiniLM reads.
 *
 * <p>Safe to share between threads; texts of one call are embedded in parallel.
 */
public final class StaticEmbedder implements TextEmbedder {

    private static final Logger LOG = LoggerFactory.getLogger(StaticEmbedder.class);
    static final int HEAD_CHARS = 16_384;
    static final int TAIL_CHARS = 4_096;
    /** Texts per step of progress and cancellation. */
    private static final int CHUNK_TEXTS = 2_048;

    /** @param dimension principal axes kept of MiniLM's 384 (measured 128/256/384 against MiniLM: see {@link StaticDistiller}) */
    public record Settings(int dimension) {

        public Settings {
            if (dimension < 1 || dimension > OnnxMiniLm.DIMENSION) {
                throw new IllegalArgumentException("dimension must be 1 to " + OnnxMiniLm.DIMENSION + ": " + dimension);
            }
        }

        public static Settings defaults() {
            return new Settings(256);
        }

        String describe() {
            return "mean of [CLS] piece [SEP], batches of " + StaticDistiller.BATCH + ", PCA " + dimension
                    + ", weight log(1 + rank from id 999), text mean, head " + HEAD_CHARS + " + tail " + TAIL_CHARS + " chars";
        }
    }

    /** How a missing table is made: {@link StaticDistiller#distil} except in tests of the cache. */
    @FunctionalInterface
    interface TableBuilder {
        StaticTable build(String source, int dimension, ProgressListener progress, Cancellation cancel);
    }

    private final DistilledModelCache cache;
    private final Settings settings;
    private final TableBuilder builder;
    private final String artifactVersion;
    private final WordPieceTokenizer tokenizer;
    private volatile StaticTable table;

    private StaticEmbedder(DistilledModelCache cache, Settings settings, TableBuilder builder) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.builder = builder;
        this.artifactVersion = OnnxMiniLm.bundledArtifactVersion();
        this.tokenizer = WordPieceTokenizer.bundled();
    }

    /** Reads the tokenizer (a fraction of a second); the table is read or built on first use, see {@link #prepare}. */
    public static StaticEmbedder create(DistilledModelCache cache, Settings settings) {
        return new StaticEmbedder(cache, settings, StaticDistiller::distil);
    }

    static StaticEmbedder create(DistilledModelCache cache, Settings settings, TableBuilder builder) {
        return new StaticEmbedder(cache, settings, builder);
    }

    @Override
    public int dimension() {
        return settings.dimension();
    }

    /** Measured at 100k pairs: 9 s of embedding against ~60 s of hashing, reading and writing the workspace cache. */
    @Override
    public boolean worthCaching() {
        return false;
    }

    @Override
    public String modelId() {
        return "static " + settings.dimension() + "-d distilled from sentence-transformers/all-MiniLM-L6-v2 int8 (langchain4j "
                + artifactVersion + "), settings " + settingsHash();
    }

    /** The file name in the cache: one per artifact version and settings, so versions do not overwrite each other. */
    String cacheName() {
        return "static-minilm-" + artifactVersion.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + settingsHash() + ".table";
    }

    private String source() {
        return "all-MiniLM-L6-v2 int8, langchain4j " + artifactVersion + "; " + settings.describe();
    }

    private String settingsHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public boolean needsPreparation() {
        return table == null;
    }

    @Override
    public synchronized void prepare(ProgressListener progress, Cancellation cancel) {
        if (table != null) {
            return;
        }
        String name = cacheName();
        String location = cache.locate(name);
        StaticTable found = cache.read(name).map(bytes -> StaticTable.fromBytes(bytes, source())).map(read -> switch (read) {
            case StaticTable.Found f -> f.table();
            case StaticTable.Stale s -> {
                LOG.info("The static embedding table {} was built from other settings ({}); rebuilding it.", location, s.storedSource());
                yield null;
            }
            case StaticTable.Corrupt c -> {
                LOG.warn("The static embedding table {} is unusable: {}; rebuilding it from the bundled model.", location, c.reason());
                yield null;
            }
        }).orElse(null);
        if (found == null) {
            LOG.info("Building the static embedding table from the bundled all-MiniLM-L6-v2 (once, about half a minute); it will be kept in {}",
                    location);
            long start = System.nanoTime();
            found = builder.build(source(), settings.dimension(), progress, cancel);
            cache.write(name, found.toBytes());
            LOG.info("Static embedding table built in {} and stored in {}", Throughput.duration((System.nanoTime() - start) / 1e9), location);
        } else {
            LOG.debug("Static embedding table read from {}", location);
        }
        table = found;
    }

    @Override
    public float[][] embed(List<String> texts, ProgressListener progress, Cancellation cancel) {
        prepare(ProgressListener.NONE, cancel);
        StaticTable lookup = table;
        float[][] vectors = new float[texts.size()][];
        long start = System.nanoTime();
        for (int from = 0; from < texts.size(); from += CHUNK_TEXTS) {
            cancel.checkpoint();
            int to = Math.min(texts.size(), from + CHUNK_TEXTS);
            IntStream range = IntStream.range(from, to);
            (to - from > 64 ? range.parallel() : range).forEach(i -> vectors[i] = embedOne(texts.get(i), lookup));
            progress.update((double) to / texts.size(), "embedded " + Throughput.describe(to, texts.size(), "texts", start));
        }
        progress.update(1, "embedded " + texts.size() + " texts");
        return vectors;
    }

    private float[] embedOne(String text, StaticTable lookup) {
        int[] ids = tokenizer.ids(window(text));
        int dims = lookup.dimension();
        float[] values = lookup.values();
        float[] sum = new float[dims];
        for (int id : ids) {
            int offset = (id < lookup.emptyRow() ? id : WordPieceTokenizer.UNKNOWN) * dims;
            for (int d = 0; d < dims; d++) {
                sum[d] += values[offset + d];
            }
        }
        if (!normalise(sum)) {
            System.arraycopy(values, lookup.emptyRow() * dims, sum, 0, dims);
            normalise(sum);
        }
        return sum;
    }

    /** The head and tail of a text longer than both together, cut on whitespace so no word is split. */
    static String window(String text) {
        if (text.length() <= HEAD_CHARS + TAIL_CHARS) {
            return text;
        }
        int headEnd = HEAD_CHARS;
        while (headEnd > HEAD_CHARS - 200 && !Character.isWhitespace(text.charAt(headEnd))) {
            headEnd--;
        }
        int tailStart = text.length() - TAIL_CHARS;
        while (tailStart < text.length() - TAIL_CHARS + 200 && !Character.isWhitespace(text.charAt(tailStart - 1))) {
            tailStart++;
        }
        return text.substring(0, headEnd) + " " + text.substring(tailStart);
    }

    /** Scales to unit length in place; false for the zero vector. */
    private static boolean normalise(float[] vector) {
        double sumSquares = 0;
        for (float v : vector) {
            sumSquares += (double) v * v;
        }
        if (sumSquares == 0 || !Double.isFinite(sumSquares)) {
            return false;
        }
        float scale = (float) (1 / Math.sqrt(sumSquares));
        for (int d = 0; d < vector.length; d++) {
            vector[d] *= scale;
        }
        return true;
    }
}
