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
 * Embeds each distinct text once per call and only when the cache does not already hold it; new vectors
 * go to the cache after the model ran, so a cancelled call keeps nothing half-done.
 */
public final class DedupingEmbedder implements TextEmbedder {

    private final TextEmbedder model;
    private final EmbeddingCache cache;

    public DedupingEmbedder(TextEmbedder model, EmbeddingCache cache) {
        this.model = Objects.requireNonNull(model, "model");
        this.cache = Objects.requireNonNull(cache, "cache");
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
        float[][] fresh = model.embed(missingTexts, progress, cancel);
        Map<String, float[]> freshByKey = new HashMap<>();
        for (int i = 0; i < fresh.length; i++) {
            freshByKey.put(missingKeys.get(i), fresh[i]);
        }
        cache.putAll(modelId(), freshByKey);
        vectorsByKey.putAll(freshByKey);
    }
}
