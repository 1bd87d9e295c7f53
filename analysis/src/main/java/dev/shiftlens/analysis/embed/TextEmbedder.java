// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

import java.util.List;

/** Turns texts into L2-normalised sentence vectors of a fixed {@link #dimension()}. */
public interface TextEmbedder {

    int dimension();

    /**
     * One vector per text, in input order, each of length {@link #dimension()} and unit length
     * (the empty text gets the model's vector for an empty input, still unit length).
     *
     * @throws dev.shiftlens.analysis.work.CancelledException between batches once {@code cancel} was asked
     * @throws EmbeddingException when the model cannot run
     */
    float[][] embed(List<String> texts, ProgressListener progress, Cancellation cancel);

    /**
     * Whether {@link #prepare} has work to do (a model built on first use); callers use it to give that work a share
     * of their progress.
     */
    /**
     * Whether storing this model's vectors beside a run saves time on a re-analysis. A transformer's do
     * (tens of texts a second); a static table embeds faster than a workspace can read vectors back.
     */
    default boolean worthCaching() {
        return true;
    }

    default boolean needsPreparation() {
        return false;
    }

    /**
     * Loads or builds what the model needs before its first text, reporting progress; {@link #embed} calls it itself when
     * needed, so calling it first only makes the wait visible as its own step. Does nothing by default.
     *
     * @throws dev.shiftlens.analysis.work.CancelledException once {@code cancel} was asked
     */
    default void prepare(ProgressListener progress, Cancellation cancel) {
    }

    /** Names the model and its settings that change vectors; vectors from different ids are not comparable. */
    String modelId();

    /** Cosine similarity; for unit vectors this is the dot product. Zero vectors give 0. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors differ in length: " + a.length + " vs " + b.length);
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }
}
