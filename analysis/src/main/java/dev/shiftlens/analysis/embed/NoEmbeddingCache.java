// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import java.util.Collection;
import java.util.Map;

enum NoEmbeddingCache implements EmbeddingCache {
    INSTANCE;

    @Override
    public Map<String, float[]> getAll(String modelId, Collection<String> keys) {
        return Map.of();
    }

    @Override
    public void putAll(String modelId, Map<String, float[]> vectorsByKey) {
        // remembers nothing by design
    }
}
