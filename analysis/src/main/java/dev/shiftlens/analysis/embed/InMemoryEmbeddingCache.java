// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An unbounded cache in the heap (about 1.6 KB per 384-d vector); vectors are copied in and out. */
public final class InMemoryEmbeddingCache implements EmbeddingCache {

    private record Key(String modelId, String textKey) { }

    private final Map<Key, float[]> vectors = new ConcurrentHashMap<>();

    @Override
    public Map<String, float[]> getAll(String modelId, Collection<String> keys) {
        Map<String, float[]> found = new HashMap<>();
        for (String key : keys) {
            float[] vector = vectors.get(new Key(modelId, key));
            if (vector != null) {
                found.put(key, vector.clone());
            }
        }
        return found;
    }

    @Override
    public void putAll(String modelId, Map<String, float[]> vectorsByKey) {
        vectorsByKey.forEach((key, vector) -> vectors.put(new Key(modelId, key), vector.clone()));
    }

    public int size() {
        return vectors.size();
    }
}
