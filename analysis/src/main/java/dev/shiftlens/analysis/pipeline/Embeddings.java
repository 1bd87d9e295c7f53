// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.embed.TextEmbedder;
import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;

import java.util.ArrayList;
import java.util.List;

/** Both sides' output vectors of a run, embedded in one call so the embedder can share identical texts. */
record Embeddings(float[][] baseline, float[][] candidate, boolean[] baselineEmpty, boolean[] candidateEmpty) {

    static Embeddings of(List<PairRecord> pairs, TextEmbedder embedder, ProgressListener progress, Cancellation cancel) {
        int n = pairs.size();
        List<String> texts = new ArrayList<>(2 * n);
        pairs.forEach(pair -> texts.add(pair.baselineOutput()));
        pairs.forEach(pair -> texts.add(pair.candidateOutput()));
        float[][] vectors = embedder.embed(texts, progress, cancel);
        float[][] baseline = new float[n][];
        float[][] candidate = new float[n][];
        boolean[] baselineEmpty = new boolean[n];
        boolean[] candidateEmpty = new boolean[n];
        for (int i = 0; i < n; i++) {
            baseline[i] = vectors[i];
            candidate[i] = vectors[n + i];
            baselineEmpty[i] = pairs.get(i).baselineOutput().isBlank();
            candidateEmpty[i] = pairs.get(i).candidateOutput().isBlank();
        }
        return new Embeddings(baseline, candidate, baselineEmpty, candidateEmpty);
    }

    /** Cosine of the two outputs; two empty outputs agree, one empty side shares nothing with the other. */
    double similarity(int pair) {
        if (baselineEmpty[pair] || candidateEmpty[pair]) {
            return baselineEmpty[pair] == candidateEmpty[pair] ? 1.0 : 0.0;
        }
        return Math.clamp(TextEmbedder.cosine(baseline[pair], candidate[pair]), -1.0, 1.0);
    }
}
