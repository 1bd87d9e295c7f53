// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shiftlens.analysis.embed.DedupingEmbedder;
import dev.shiftlens.analysis.embed.InMemoryEmbeddingCache;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.app.jobs.EmbeddingModels;
import dev.shiftlens.app.jobs.EmbeddingPath;
import dev.shiftlens.storage.InputFileException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The accuracy bench on the bundled real pairs: it plants, analyses and scores; the analysis holds its bars. */
class AccuracyBenchTest {

    static final Path REAL_PAIRS = Path.of("..", "sample-data", "realdata", "arena_gpt-4-0314__gpt-4-0613.jsonl");

    private static AccuracyBench bench;

    @BeforeAll
    static void bench() {
        bench = AccuracyBench.on(REAL_PAIRS).using(new DedupingEmbedder(EmbeddingModels.bundled(EmbeddingPath.MINILM),
                new InMemoryEmbeddingCache()), "minilm");
    }

    @Test
    void everyKindPlantedInAtLeastFifteenPairsIsOneClusterWithThePolicysVerdict(@TempDir Path kept) throws IOException {
        AccuracyBench.RunScore run = bench.run(true, 800, 3, Optional.of(kept), ProgressListener.NONE, Cancellation.none());

        assertThat(run.kinds()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(run.kinds()).filteredOn(kind -> kind.planted() >= 15).isNotEmpty().allSatisfy(kind -> {
            assertThat(kind.recall()).as("recall of %s", kind.kind()).isGreaterThanOrEqualTo(AccuracyBench.MIN_RECALL);
            assertThat(kind.purity()).as("purity of %s", kind.kind()).isGreaterThanOrEqualTo(AccuracyBench.MIN_PURITY);
            assertThat(kind.clustersHolding()).as("clusters holding %s", kind.kind()).isEqualTo(1);
            assertThat(kind.found()).as("verdict of %s", kind.kind()).contains(kind.expected());
        });
        assertThat(run.unplantedFlagged()).isLessThan(AccuracyBench.MAX_UNPLANTED_FLAGGED);
        try (var lines = Files.lines(kept.resolve("planted-800-seed3.jsonl"))) {
            assertThat(lines.filter(line -> line.contains("\"planted\":\"none\"")).count()).isBetween(100L, 799L);
        }
    }

    @Test
    void realPairsWithNothingPlantedGiveNoRegressionCluster() {
        AccuracyBench.RunScore run = bench.run(false, 600, 1, Optional.empty(), ProgressListener.NONE, Cancellation.none());

        assertThat(run.kinds()).isEmpty();
        assertThat(run.regressionClusters()).isZero();
        assertThat(run.holds()).isTrue();
    }

    @Test
    void theTableMarksEachKindAndTheRunWithWhetherItHolds() {
        var holds = new AccuracyBench.KindScore("refusal_added", 40, 1.0, 0.95, 1, Verdict.REGRESSION, Optional.of(Verdict.REGRESSION));
        var split = new AccuracyBench.KindScore("shortened", 30, 0.6, 1.0, 2, Verdict.REGRESSION, Optional.of(Verdict.REGRESSION));
        var run = new AccuracyBench.RunScore("static", "planted", 1000, 1, java.util.List.of(holds, split), 0.01, 2, 3, 1.0);

        assertThat(AccuracyTable.markdown(java.util.List.of(run)))
                .contains("| static | planted | 1,000 | 1 | refusal_added | 40 | 1.00 | 0.95 | 1 | regression (regression) | yes |")
                .contains("| shortened | 30 | 0.60 | 1.00 | 2 | regression (regression) | **no** |");
    }

    @Test
    void aPairsFileThatIsNotJsonIsRefusedNamingTheLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pairs.jsonl");
        Files.writeString(file, "{\"query\":\"q\",\"baseline_output\":\"a\",\"candidate_output\":\"b\"}\n{not json\n");

        assertThatThrownBy(() -> RealPairPool.read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining(file + ":2: not a JSON object");
    }

    @Test
    void tooFewUsablePairsIsRefusedWithWhatToDo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pairs.jsonl");
        Files.writeString(file, "{\"query\":\"q\",\"baseline_output\":\"See https://x.org\",\"candidate_output\":\"b\"}\n");

        assertThatThrownBy(() -> RealPairPool.read(file)).isInstanceOf(InputFileException.class)
                .hasMessageContaining("only 0 of 1 pairs are usable").hasMessageContaining("--pairs");
    }
}
