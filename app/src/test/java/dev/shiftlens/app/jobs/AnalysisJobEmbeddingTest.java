// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A re-analysis (the workbench's) embeds with the bundled model the run's last analysis used. */
class AnalysisJobEmbeddingTest {

    @TempDir
    Path dir;

    @Test
    void aRunAnalysedWithMiniLmStaysMiniLmWhenReanalysedAndANewRunGetsTheDefault() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            log.append("{\"request_id\":\"r%d\",\"query\":\"Reset router %d\",\"baseline_output\":\"Hold the button for ten seconds.\",\"candidate_output\":\"Hold the power button for ten seconds, then wait.\"}\n"
                    .formatted(i, i));
        }
        Path file = Files.writeString(dir.resolve("log.jsonl"), log);
        try (RunStore store = RunStore.open(dir.resolve("w.duckdb"))) {
            int minilmRun = store.importPairs(file, "minilm", ProgressListener.NONE, Cancellation.none()).runId();
            int newRun = store.importPairs(file, "new", ProgressListener.NONE, Cancellation.none()).runId();
            AnalysisJob.analyse(store, minilmRun, AnalysisSettings.defaults(), EmbeddingModels.bundled(EmbeddingPath.MINILM),
                    ProgressListener.NONE, Cancellation.none());

            AnalysisJob.analyse(store, minilmRun, AnalysisSettings.defaults().withSeed(7), ProgressListener.NONE, Cancellation.none());
            AnalysisJob.analyse(store, newRun, AnalysisSettings.defaults(), ProgressListener.NONE, Cancellation.none());

            assertThat(store.analysisSettings(minilmRun).orElseThrow().get("embedding_model")).startsWith("sentence-transformers/all-MiniLM-L6-v2");
            assertThat(store.analysisSettings(newRun).orElseThrow().get("embedding_model")).startsWith("static ");
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'static 256-d distilled from sentence-transformers/all-MiniLM-L6-v2 int8 (langchain4j 1.20.0-beta30), settings 7768db710782', STATIC
            'sentence-transformers/all-MiniLM-L6-v2 int8 (langchain4j 1.20.0-beta30), mean pooling, windows of 256 x 8',                   MINILM
            'text-embedding-3-small via https://api.example.com',                                                                          none
            """)
    void theModelIdNamesTheBundledPath(String modelId, String path) {
        assertThat(EmbeddingPath.ofModelId(modelId)).isEqualTo(path.equals("none") ? Optional.empty() : Optional.of(EmbeddingPath.valueOf(path)));
    }
}
