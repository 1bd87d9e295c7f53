// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Embeds each distinct text once per call and only when the cache does not already hold it. New vectors
 * go to the cache batch by batch, so a cancelled or crashed analysis keeps what it finished and the
 * next run embeds only the rest. A model not {@link TextEmbedder#worthCaching() worth caching} (the static
 * table) skips the cache: reading vectors back would be slower than embedding again.
 */
public final class DedupingEmbedder implements TextEmbedder {

    /** Texts embedded between two writes to the cache: what a crash can lose at most. */
    static final int CACHE_BATCH = 512;
    /** The share of this stage's progress given to building the model when it has to be built first. */
    static final double PREPARE_SHARE = 0.15;

    private final TextEmbedder model;
    private final EmbeddingCache cache;

    public DedupingEmbedder(TextEmbedder model, EmbeddingCache cache) {
        this.model = Objects.requireNonNull(model, "model");
        this.cache = model.worthCaching() ? Objects.requireNonNull(cache, "cache") : EmbeddingCache.none();
    }

    public DedupingEmbedder(TextEmbedder model) {
        this(model, EmbeddingCache.none());
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String modelId() {
        return model.modelId();
    }

    @Override
    public boolean worthCaching() {
        return model.worthCaching();
    }

    @Override
    public boolean needsPreparation() {
        return model.needsPreparation();
    }

    @Override
    public void prepare(ProgressListener progress, Cancellation cancel) {
        model.prepare(progress, cancel);
    }

    @Override
    public float[][] embed(List<String> texts, ProgressListener progress, Cancellation cancel) {
        Map<String, String> textByKey = new LinkedHashMap<>();
        String[] keys = new String[texts.size()];
        for (int i = 0; i < keys.length; i++) {
            String text = texts.get(i);
            keys[i] = EmbeddingCache.keyOf(text);
            textByKey.putIfAbsent(keys[i], text);
        }
        Map<String, float[]> vectorsByKey = new HashMap<>(cache.getAll(modelId(), textByKey.keySet()));
        embedMissing(textByKey, vectorsByKey, progress, cancel);

        float[][] vectors = new float[keys.length][];
        for (int i = 0; i < keys.length; i++) {
            vectors[i] = vectorsByKey.get(keys[i]).clone();
        }
        progress.update(1, "embedded " + texts.size() + " texts");
        return vectors;
    }

    private void embedMissing(Map<String, String> textByKey, Map<String, float[]> vectorsByKey,
                              ProgressListener progress, Cancellation cancel) {
        List<String> missingKeys = new ArrayList<>();
        List<String> missingTexts = new ArrayList<>();
        textByKey.forEach((key, text) -> {
            if (!vectorsByKey.containsKey(key)) {
                missingKeys.add(key);
                missingTexts.add(text);
            }
        });
        if (missingTexts.isEmpty()) {
            return;
        }
        ProgressListener embedding = progress;
        if (model.needsPreparation()) {
            model.prepare(progress.slice(0, PREPARE_SHARE), cancel);
            embedding = progress.slice(PREPARE_SHARE, 1);
        }
        int total = missingTexts.size();
        int cached = textByKey.size() - total;
        long began = System.nanoTime();
        for (int start = 0; start < total; start += CACHE_BATCH) {
            int end = Math.min(total, start + CACHE_BATCH);
            ProgressListener stage = embedding;
            int first = start;
            int last = end;
            // the model's own messages count its batch; the user wants the stage's count and when it will end
            ProgressListener batchProgress = (fraction, message) -> {
                int done = first + (int) Math.round(Math.clamp(fraction, 0, 1) * (last - first));
                stage.update((double) done / total, "embedded " + Throughput.describe(done, total, "texts", began)
                        + (cached > 0 ? " (%,d more already in the cache)".formatted(cached) : ""));
            };
            float[][] fresh = model.embed(missingTexts.subList(start, end), batchProgress, cancel);
            Map<String, float[]> freshByKey = new HashMap<>();
            for (int i = 0; i < fresh.length; i++) {
                freshByKey.put(missingKeys.get(start + i), fresh[i]);
            }
            cache.putAll(modelId(), freshByKey);
            vectorsByKey.putAll(freshByKey);
        }
    }
}
