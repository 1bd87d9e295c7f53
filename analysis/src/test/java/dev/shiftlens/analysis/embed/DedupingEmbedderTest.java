// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DedupingEmbedderTest {

    /** Embeds a text as (length, 1) normalised, and records what it was asked. */
    private static final class RecordingEmbedder implements TextEmbedder {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public float[][] embed(List<String> texts, ProgressListener progress, Cancellation cancel) {
            calls.add(List.copyOf(texts));
            return texts.stream().map(t -> {
                float norm = (float) Math.hypot(t.length(), 1);
                return new float[] {t.length() / norm, 1 / norm};
            }).toArray(float[][]::new);
        }

        @Override
        public String modelId() {
            return "recording";
        }
    }

    @Test
    void identicalTextsAreEmbeddedOncePerCallAndReturnedInInputOrder() {
        RecordingEmbedder model = new RecordingEmbedder();

        float[][] vectors = new DedupingEmbedder(model).embed(List.of("bb", "a", "bb", "a", "ccc"), ProgressListener.NONE, Cancellation.none());

        assertThat(model.calls).containsExactly(List.of("bb", "a", "ccc"));
        assertThat(vectors).hasNumberOfRows(5);
        assertThat(vectors[0]).isEqualTo(vectors[2]).isNotSameAs(vectors[2]);
        assertThat(vectors[4][0]).isGreaterThan(vectors[0][0]);
    }

    @Test
    void textsInTheCacheAreNotEmbeddedAgain() {
        RecordingEmbedder model = new RecordingEmbedder();
        InMemoryEmbeddingCache cache = new InMemoryEmbeddingCache();
        DedupingEmbedder embedder = new DedupingEmbedder(model, cache);

        float[][] first = embedder.embed(List.of("x", "yy"), ProgressListener.NONE, Cancellation.none());
        float[][] second = embedder.embed(List.of("yy", "zzz", "x"), ProgressListener.NONE, Cancellation.none());

        assertThat(model.calls).containsExactly(List.of("x", "yy"), List.of("zzz"));
        assertThat(second[0]).isEqualTo(first[1]);
        assertThat(second[2]).isEqualTo(first[0]);
        assertThat(cache.size()).isEqualTo(3);
    }

    @Test
    void aCancelledCallKeepsTheBatchesItFinishedSoTheNextEmbedsOnlyTheRest() {
        RecordingEmbedder model = new RecordingEmbedder();
        InMemoryEmbeddingCache cache = new InMemoryEmbeddingCache();
        List<String> texts = IntStream.range(0, DedupingEmbedder.CACHE_BATCH * 2 + 10)
                .mapToObj(i -> "text " + i).toList();
        Cancellation cancel = new Cancellation();
        ProgressListener cancelAfterFirstBatch = (fraction, message) -> {
            if (fraction >= 0.4) {
                cancel.cancel();
            }
        };
        TextEmbedder cancellingModel = new TextEmbedder() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public float[][] embed(List<String> batch, ProgressListener progress, Cancellation c) {
                c.checkpoint();
                float[][] vectors = model.embed(batch, progress, c);
                progress.update(1, "batch done");
                return vectors;
            }

            @Override
            public String modelId() {
                return model.modelId();
            }
        };

        assertThatThrownBy(() -> new DedupingEmbedder(cancellingModel, cache)
                .embed(texts, cancelAfterFirstBatch, cancel)).isInstanceOf(CancelledException.class);
        int keptAfterCancel = cache.size();
        model.calls.clear();
        new DedupingEmbedder(model, cache).embed(texts, ProgressListener.NONE, Cancellation.none());

        assertThat(keptAfterCancel).isEqualTo(DedupingEmbedder.CACHE_BATCH);
        assertThat(model.calls.stream().mapToInt(List::size).sum()).isEqualTo(texts.size() - DedupingEmbedder.CACHE_BATCH);
    }

    @Test
    void cacheEntriesOfAnotherModelAreNotUsed() {
        InMemoryEmbeddingCache cache = new InMemoryEmbeddingCache();
        cache.putAll("other model", java.util.Map.of(EmbeddingCache.keyOf("x"), new float[] {1, 0}));
        RecordingEmbedder model = new RecordingEmbedder();

        new DedupingEmbedder(model, cache).embed(List.of("x"), ProgressListener.NONE, Cancellation.none());

        assertThat(model.calls).containsExactly(List.of("x"));
    }

    @Test
    void anEmptyListNeedsNoModelCall() {
        RecordingEmbedder model = new RecordingEmbedder();

        assertThat(new DedupingEmbedder(model).embed(List.of(), ProgressListener.NONE, Cancellation.none())).isEmpty();
        assertThat(model.calls).isEmpty();
    }

    @Test
    void textKeyIsTheHexSha256OfTheUtf8Text() {
        assertThat(EmbeddingCache.keyOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(EmbeddingCache.keyOf("é")).isNotEqualTo(EmbeddingCache.keyOf("e"));
    }

    @Test
    void cosineOfParallelOrthogonalAndZeroVectors() {
        assertThat(TextEmbedder.cosine(new float[] {1, 2}, new float[] {2, 4})).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(TextEmbedder.cosine(new float[] {1, 0}, new float[] {0, 3})).isZero();
        assertThat(TextEmbedder.cosine(new float[] {0, 0}, new float[] {0, 3})).isZero();
    }
}
