// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.embed;

import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.CancelledException;
import dev.shiftlens.analysis.work.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** One real distillation of the bundled model (about half a minute), shared by the tests through an in-memory cache. */
class StaticEmbedderTest {

    private static final StaticEmbedder.Settings SETTINGS = StaticEmbedder.Settings.defaults();
    private static final DistilledModelCache CACHE = DistilledModelCache.inMemory();
    private static final List<String> BUILD_MESSAGES = new CopyOnWriteArrayList<>();
    private static StaticEmbedder embedder;

    @BeforeAll
    static void distilOnce() {
        embedder = StaticEmbedder.create(CACHE, SETTINGS);
        embedder.prepare((fraction, message) -> BUILD_MESSAGES.add(message), Cancellation.none());
    }

    private static float[][] embed(StaticEmbedder model, List<String> texts) {
        return model.embed(texts, ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void buildingTheTableReportsProgressOverTheWholeVocabulary() {
        assertThat(BUILD_MESSAGES).anyMatch(m -> m.contains("of 30,522 word pieces")).last().isEqualTo("static embedding model built");
    }

    @Test
    void vectorsHaveTheSettingsDimensionAndUnitLength() {
        float[][] vectors = embed(embedder, List.of("The refund was approved.", "", "   ", "Bonjour, comment ça va ?", "🙂",
                "x".repeat(StaticEmbedder.HEAD_CHARS + StaticEmbedder.TAIL_CHARS + 10)));

        assertThat(embedder.dimension()).isEqualTo(256);
        for (float[] v : vectors) {
            assertThat(v).hasSize(256);
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            assertThat(norm).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void sameTextGivesTheSameVectorAloneOrAmongOthers() {
        String text = "Screen repairs are covered by the warranty for twelve months.";
        float[] alone = embed(embedder, List.of(text))[0];
        float[][] among = embed(embedder, java.util.stream.Stream.concat(SampleTexts.of(500, 30, 3).stream(), java.util.stream.Stream.of(text)).toList());

        assertThat(among[500]).containsExactly(alone);
    }

    @Test
    void ranksAParaphraseAboveAnUnrelatedText() {
        float[][] v = embed(embedder, List.of("The warranty covers screen repairs for one year.",
                "Screen repairs are covered by the warranty for twelve months.",
                "Preheat the oven and roast the chicken with garlic."));

        assertThat(TextEmbedder.cosine(v[0], v[1])).isGreaterThan(TextEmbedder.cosine(v[0], v[2]) + 0.2);
    }

    @Test
    void modelIdNamesTheStaticModelApartFromMiniLm() {
        assertThat(embedder.modelId()).startsWith("static 256-d distilled from sentence-transformers/all-MiniLM-L6-v2")
                .doesNotContain("windows of");
        assertThat(StaticEmbedder.create(CACHE, new StaticEmbedder.Settings(128)).modelId()).isNotEqualTo(embedder.modelId());
    }

    @Test
    void aStoredTableIsReusedWithoutBuilding() {
        AtomicInteger builds = new AtomicInteger();
        StaticEmbedder second = StaticEmbedder.create(CACHE, SETTINGS, (source, dimension, progress, cancel) -> {
            builds.incrementAndGet();
            throw new AssertionError("the stored table should have been used");
        });
        String text = "The warranty covers screen repairs for one year.";

        assertThat(embed(second, List.of(text))[0]).containsExactly(embed(embedder, List.of(text))[0]);
        assertThat(builds).hasValue(0);
    }

    @Test
    void aCorruptTableIsRebuiltWithALogLineSayingWhy() {
        byte[] stored = CACHE.read(embedder.cacheName()).orElseThrow();
        stored[stored.length / 2] ^= 0x5A;
        DistilledModelCache damaged = DistilledModelCache.inMemory();
        damaged.write(embedder.cacheName(), stored);
        AtomicInteger builds = new AtomicInteger();
        StaticEmbedder rebuilding = StaticEmbedder.create(damaged, SETTINGS, (source, dimension, progress, cancel) -> {
            builds.incrementAndGet();
            return ((StaticTable.Found) StaticTable.fromBytes(CACHE.read(embedder.cacheName()).orElseThrow(), source)).table();
        });

        String log = capturingStandardError(() -> embed(rebuilding, List.of("anything")));

        assertThat(builds).hasValue(1);
        assertThat(log).contains("is unusable: its checksum does not match its contents").contains("rebuilding it");
        assertThat(StaticTable.fromBytes(damaged.read(embedder.cacheName()).orElseThrow(), "x")).isInstanceOf(StaticTable.Stale.class);
    }

    @Test
    void aTableFromOtherSettingsIsStaleNotCorrupt() {
        byte[] stored = CACHE.read(embedder.cacheName()).orElseThrow();

        assertThat(StaticTable.fromBytes(stored, "another model version")).isInstanceOf(StaticTable.Stale.class);
        assertThat(StaticTable.fromBytes(java.util.Arrays.copyOf(stored, 100), "x")).isInstanceOf(StaticTable.Corrupt.class);
        assertThat(StaticTable.fromBytes(new byte[3], "x")).isInstanceOf(StaticTable.Corrupt.class);
    }

    @Test
    void buildingStopsWhenCancelled() {
        Cancellation cancel = Cancellation.none();
        cancel.cancel();
        StaticEmbedder fresh = StaticEmbedder.create(DistilledModelCache.inMemory(), SETTINGS);

        assertThatThrownBy(() -> fresh.prepare(ProgressListener.NONE, cancel)).isInstanceOf(CancelledException.class);
        assertThat(fresh.needsPreparation()).isTrue();
    }

    private static String capturingStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
