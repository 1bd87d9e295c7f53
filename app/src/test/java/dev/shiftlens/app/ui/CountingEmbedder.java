// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast stand-in for the sentence model: words hashed into a unit vector, so identical texts are
 * identical and shared words make texts similar. Counts every text it is asked to embed, which
 * tells whether the workspace's embedding cache spared it.
 */
public final class CountingEmbedder implements TextEmbedder {

    private static final int DIMENSION = 64;

    private final AtomicInteger embedded = new AtomicInteger();

    /** Texts embedded so far. */
    public int embedded() {
        return embedded.get();
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[][] embed(List<String> texts, ProgressListener progress, Cancellation cancel) {
        cancel.checkpoint();
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            vectors[i] = vector(texts.get(i));
        }
        embedded.addAndGet(texts.size());
        progress.update(1, "embedded " + texts.size() + " texts");
        return vectors;
    }

    private static float[] vector(String text) {
        float[] vector = new float[DIMENSION];
        for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!word.isEmpty()) {
                vector[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
            }
        }
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        if (norm == 0) {
            vector[0] = 1;
            return vector;
        }
        for (int k = 0; k < DIMENSION; k++) {
            vector[k] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    @Override
    public String modelId() {
        return "test/hashed-words-64";
    }
}
