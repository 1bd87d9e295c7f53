// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MiniLmEmbedderTest {

    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void loadModel() {
        embedder = MiniLmEmbedder.load();
    }

    @AfterAll
    static void closeModel() {
        embedder.close();
    }

    private static float[][] embed(List<String> texts) {
        return embedder.embed(texts, ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void vectorsHaveTheModelDimensionAndUnitLength() {
        float[][] vectors = embed(List.of("The refund was approved.", "", "Bonjour, comment ça va ?"));

        assertThat(vectors).hasNumberOfRows(3);
        for (float[] v : vectors) {
            assertThat(v).hasSize(384);
            assertThat(TextEmbedder.cosine(v, v)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            assertThat(norm).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
        }
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedTexts() {
        float[][] v = embed(List.of("The warranty covers screen repairs for one year.",
                "Screen repairs are covered by the warranty for twelve months.",
                "Preheat the oven and roast the chicken with garlic."));

        assertThat(TextEmbedder.cosine(v[0], v[1])).isGreaterThan(0.7).isGreaterThan(TextEmbedder.cosine(v[0], v[2]) + 0.3);
    }

    @Test
    void agreesWithLangchain4jOnTheSameModel() {
        var reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<String> texts = SampleTexts.of(5, 40, 3);

        float[][] ours = embed(texts);

        for (int i = 0; i < texts.size(); i++) {
            float[] theirs = reference.embed(texts.get(i)).content().vector();
            assertThat(TextEmbedder.cosine(ours[i], theirs)).as("text %d", i).isGreaterThan(0.999);
        }
    }

    @Test
    void aTextGetsTheSameVectorWhateverItIsBatchedWith() {
        String text = "Please keep the receipt.";
        float[] alone = embed(List.of(text))[0];
        List<String> mixed = new ArrayList<>(SampleTexts.of(40, 120, 4));
        mixed.add(17, text);

        float[] batched = embed(mixed)[17];

        assertThat(TextEmbedder.cosine(alone, batched)).isGreaterThan(0.9999);
    }

    @Test
    void longTextsUseMoreThanTheirFirstWindow() {
        String head = String.join(" ", SampleTexts.of(1, 180, 5));
        String tail = " " + "Preheat the oven and roast the chicken with garlic and lemon. ".repeat(40);

        float[][] v = embed(List.of(head, head + tail));

        assertThat(TextEmbedder.cosine(v[0], v[1])).isLessThan(0.95);
    }

    @Test
    void progressRisesToOneAndAnEmptyListIsEmpty() {
        List<Double> fractions = new CopyOnWriteArrayList<>();

        embedder.embed(SampleTexts.of(300, 10, 6), (fraction, message) -> fractions.add(fraction), Cancellation.none());

        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        assertThat(embed(List.of())).isEmpty();
    }

    @Test
    void cancelledWorkStopsWithCancelledException() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();

        assertThatThrownBy(() -> embedder.embed(List.of("a"), ProgressListener.NONE, cancel)).isInstanceOf(CancelledException.class);
    }

    @Test
    void oneWorkerGivesTheSameVectorsAsTwo() {
        List<String> texts = SampleTexts.of(100, 30, 8);
        try (MiniLmEmbedder parallel = MiniLmEmbedder.load(new MiniLmEmbedder.Settings(1, 1, 2, 8))) {
            float[][] a = parallel.embed(texts, ProgressListener.NONE, Cancellation.none());
            float[][] b = embed(texts);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(TextEmbedder.cosine(a[i], b[i])).isGreaterThan(0.9999);
            }
        }
    }

    @Test
    void modelIdNamesModelAndWindowing() {
        assertThat(embedder.modelId()).contains("all-MiniLM-L6-v2", "1.20.0-beta30", "256 x 8").doesNotContain("batches");
    }

    @Test
    void batchedRunsDependOnTheirNeighboursBecauseOfDynamicQuantization() {
        String text = "Please keep the receipt.";
        List<String> mixed = new ArrayList<>(SampleTexts.of(15, 120, 4));
        mixed.add(7, text);
        try (MiniLmEmbedder batched = MiniLmEmbedder.load(new MiniLmEmbedder.Settings(16, 1, 2, 8))) {
            float[] inBatch = batched.embed(mixed, ProgressListener.NONE, Cancellation.none())[7];

            assertThat(TextEmbedder.cosine(inBatch, embed(List.of(text))[0])).isLessThan(0.999);
            assertThat(batched.modelId()).contains("batches of 16");
        }
    }
}
