// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.settings;

import dev.shiftlens.analysis.characterise.VerdictPolicy;
import dev.shiftlens.analysis.pipeline.AnalysisSettings;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.Finding;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.app.jobs.AnalysisJob;
import dev.shiftlens.app.ui.CountingEmbedder;
import dev.shiftlens.app.ui.RunAnalyser;
import dev.shiftlens.app.ui.task.CurrentThreadTaskExecutor;
import dev.shiftlens.storage.RunStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings window's model on a real run in a DuckDB file, analysed by the real pipeline with a
 * counting stand-in for the sentence model. The run's one kind of change is every third answer cut to
 * a fraction of its length (2× shorter: diverged whatever the floor); every fifth (not third) says
 * something else, which the noise floor decides on; the rest are the baseline word for word.
 */
class AnalysisSettingsViewModelTest {

    private static final int PAIRS = 150;

    @TempDir
    Path dir;

    private final CountingEmbedder model = new CountingEmbedder();
    private final RunAnalyser analyser = (store, runId, settings, progress, cancel) ->
            AnalysisJob.analyse(store, runId, settings, model, progress, cancel);
    private final List<RunAnalysis> shown = new ArrayList<>();
    private RunStore store;
    private int runId;

    @BeforeEach
    void analyseARun() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < PAIRS; i++) {
            String baseline = "The warranty for item " + i + " covers parts and labour for two years from the date of purchase, "
                    + "and repairs are done at the nearest service centre within ten working days.";
            String candidate = i % 3 == 0 ? "Item " + i + " has a warranty."
                    : i % 5 == 0 ? "Returns of item " + i + " are accepted within thirty days when the receipt and the original "
                    + "packaging come back with it, and refunds reach the card in a week."
                    : baseline;
            jsonl.append("""
                    {"request_id":"r%d","query":"Warranty on item %d?","baseline_output":"%s","candidate_output":"%s","metadata":{"region":"%s"}}
                    """.formatted(i, i, baseline, candidate, i % 2 == 0 ? "eu" : "us"));
        }
        Path log = Files.writeString(dir.resolve("run.jsonl"), jsonl);
        store = RunStore.open(dir.resolve("w.duckdb"));
        runId = store.importPairs(log, "run", ProgressListener.NONE, Cancellation.none()).runId();
        analyser.analyse(store, runId, AnalysisSettings.defaults(), ProgressListener.NONE, Cancellation.none());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AnalysisSettingsViewModel window() {
        return window(analyser);
    }

    private AnalysisSettingsViewModel window(RunAnalyser with) {
        return new AnalysisSettingsViewModel(new CurrentThreadTaskExecutor(), new CurrentThreadTaskExecutor(), store, runId, "run", with, shown::add);
    }

    @Test
    void opensWithTheSettingsTheRunWasAnalysedWithAndWhatAutoChose() {
        AnalysisSettingsViewModel settings = window();

        assertThat(settings.autoClusterSizeProperty().get()).isTrue();
        assertThat(settings.minClusterSizeProperty().get()).isEqualTo("8");
        assertThat(settings.autoChoiceProperty().get()).startsWith("Smallest cluster used for this run: 8 (auto");
        assertThat(settings.estimatedFloorProperty().get()).isTrue();
        assertThat(settings.floorWidthProperty().get()).isEqualTo("3.0");
        assertThat(settings.seedProperty().get()).isEqualTo("42");
        assertThat(settings.currentFloorProperty().get()).startsWith("Current floor ").contains("median");
        assertThat(settings.problemProperty().get()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            cluster, 1,    'Smallest cluster must be a whole number of at least 2 pairs (it is “1”), or choose auto.'
            cluster, ten,  'Smallest cluster must be a whole number of at least 2 pairs (it is “ten”), or choose auto.'
            floor,   1.5,  A fixed noise floor must be a number from 0 to 1 (divergence scores lie between them); it is “1.5”.
            floor,   -0.1, A fixed noise floor must be a number from 0 to 1 (divergence scores lie between them); it is “-0.1”.
            width,   0,    Floor width must be a number of robust SDs above 0 and at most 20; it is “0”.
            seed,    4.2,  Seed must be a whole number; it is “4.2”.
            """)
    void aBadValueSaysWhatIsWrongAndReAnalyseWaits(String field, String value, String message) {
        AnalysisSettingsViewModel settings = window();

        switch (field) {
            case "cluster" -> {
                settings.autoClusterSizeProperty().set(false);
                settings.minClusterSizeProperty().set(value);
            }
            case "floor" -> {
                settings.estimatedFloorProperty().set(false);
                settings.noiseFloorProperty().set(value);
            }
            case "width" -> settings.floorWidthProperty().set(value);
            default -> settings.seedProperty().set(value);
        }
        settings.reanalyse();

        assertThat(settings.problemProperty().get()).isEqualTo(message);
        assertThat(shown).isEmpty();
    }

    @Test
    void aFileThatIsNotAJsonSchemaIsNamedInTheMessage() throws IOException {
        AnalysisSettingsViewModel settings = window();
        Path notJson = Files.writeString(dir.resolve("notes.txt"), "remember the milk");
        Path example = Files.writeString(dir.resolve("example-output.json"), "{\"summary\": \"fine\", \"total\": 3}");

        settings.schemaFileProperty().set(notJson.toString());
        assertThat(settings.problemProperty().get()).startsWith(notJson + " is not a JSON Schema: The JSON Schema is not valid JSON (line 1");

        settings.schemaFileProperty().set(example.toString());
        assertThat(settings.problemProperty().get()).startsWith(example + " is JSON but not a JSON Schema");

        settings.schemaFileProperty().set(dir.resolve("missing.json").toString());
        assertThat(settings.problemProperty().get()).isEqualTo("The JSON Schema file " + dir.resolve("missing.json")
                + " does not exist. Choose another file or clear the field.");

        settings.schemaFileProperty().set("");
        assertThat(settings.problemProperty().get()).isEmpty();
    }

    @Test
    void aSchemaIsCheckedOnReAnalysisAndRemembered() throws IOException {
        Path schema = Files.writeString(dir.resolve("answer.schema.json"), "{\"type\": \"object\", \"required\": [\"summary\"], \"pattern\": \"x\"}");
        AnalysisSettingsViewModel settings = window();

        settings.schemaFileProperty().set(schema.toString());
        assertThat(settings.schemaNoteProperty().get()).isEqualTo("Not checked (outside the supported subset): pattern.");
        settings.reanalyse();

        assertThat(store.analysisSettings(runId).orElseThrow()).containsEntry("json_schema", schema.toString());
        assertThat(store.analysis(runId).orElseThrow().pairs().getFirst().metrics()).containsKey("candidate_schema_valid");
        assertThat(window().schemaFileProperty().get()).isEqualTo(schema.toString());
    }

    @Test
    void theSettingsUsedAreStoredAndTheNextWindowOpensWithThem() {
        AnalysisSettingsViewModel settings = window();
        settings.autoClusterSizeProperty().set(false);
        settings.minClusterSizeProperty().set("12");
        settings.floorWidthProperty().set("4.5");
        settings.seedProperty().set("7");

        settings.reanalyse();
        AnalysisSettingsViewModel reopened = window();

        assertThat(reopened.autoClusterSizeProperty().get()).isFalse();
        assertThat(reopened.minClusterSizeProperty().get()).isEqualTo("12");
        assertThat(reopened.autoChoiceProperty().get()).isEqualTo("Smallest cluster used for this run: 12 (set by you).");
        assertThat(reopened.floorWidthProperty().get()).isEqualTo("4.5");
        assertThat(reopened.seedProperty().get()).isEqualTo("7");
        assertThat(reopened.currentFloorProperty().get()).contains("4.5 × robust SD");
    }

    @Test
    void aReanalysisKeepsTheVerdictPolicyTheRunWasAnalysedWith() {
        analyser.analyse(store, runId, AnalysisSettings.defaults().withVerdictPolicy(VerdictPolicy.parse("much_shorter: neutral")),
                ProgressListener.NONE, Cancellation.none());
        AnalysisSettingsViewModel settings = window();
        assertThat(settings.verdictPolicyNoteProperty().get())
                .isEqualTo("Kept from the last analysis (set with --verdict-policy): much_shorter: neutral.");
        settings.seedProperty().set("7");

        settings.reanalyse();

        assertThat(store.analysisSettings(runId).orElseThrow()).containsEntry("seed", "7")
                .containsEntry(AnalysisSettings.VERDICT_POLICY, "much_shorter: neutral\n");
        assertThat(store.clusters(runId)).filteredOn(cluster -> cluster.label().startsWith("Answers at least 2× shorter"))
                .isNotEmpty().allSatisfy(cluster -> assertThat(cluster.verdict()).isEqualTo(Verdict.NEUTRAL));
    }

    @Test
    void anAnalysisWithTheWrittenPolicyShowsNoVerdictPolicy() {
        assertThat(window().verdictPolicyNoteProperty().get()).isEmpty();
    }

    @Test
    void aLargerSmallestClusterGivesNoMoreClustersAndEmbedsNothingAgain() {
        int clustersBefore = store.clusters(runId).size();
        int embeddedBefore = model.embedded();
        AnalysisSettingsViewModel settings = window();
        settings.autoClusterSizeProperty().set(false);
        settings.minClusterSizeProperty().set("45");

        settings.reanalyse();

        assertThat(clustersBefore).isGreaterThanOrEqualTo(2);
        assertThat(store.clusters(runId).size()).isLessThan(clustersBefore);
        assertThat(store.clusters(runId)).allSatisfy(cluster -> assertThat(cluster.size()).isGreaterThanOrEqualTo(45));
        assertThat(model.embedded()).as("texts embedded by the re-analysis").isEqualTo(embeddedBefore);
        assertThat(shown).singleElement().satisfies(analysis -> assertThat(analysis.clusters()).hasSize(store.clusters(runId).size()));
        assertThat(settings.statusProperty().get()).isEqualTo("Re-analysed: " + store.analysisSummary(runId).orElseThrow().headline());
    }

    @Test
    void theWindowSaysWhichModelAReanalysisEmbedsWith() {
        assertThat(window().embeddingNoteProperty().get())
                .startsWith("The last analysis embedded with test/hashed-words-64, which is not bundled")
                .endsWith("re-analysing here uses the bundled static path.");
    }

    @Test
    void aFixedFloorAboveEveryScoreLeavesOnlyTheKindOfChangeDiverged() {
        AnalysisSettingsViewModel settings = window();
        settings.estimatedFloorProperty().set(false);
        settings.noiseFloorProperty().set("0.99");

        settings.reanalyse();

        AnalysisSummary summary = store.analysisSummary(runId).orElseThrow();
        assertThat(summary.diverged()).isEqualTo(PAIRS / 3);
        assertThat(store.clusters(runId)).singleElement().satisfies(cluster ->
                assertThat(cluster.label()).startsWith("Answers at least 2× shorter"));
        assertThat(summary.noiseFloorMethod()).isEqualTo("fixed by the user at 0.990");
        assertThat(window().estimatedFloorProperty().get()).isFalse();
        assertThat(window().noiseFloorProperty().get()).isEqualTo("0.99");
    }

    @Test
    void cancellingMidwayKeepsThePreviousAnalysis() {
        RunAnalysis before = store.analysis(runId).orElseThrow();
        RunAnalyser cancelledWhileClustering = (s, id, chosen, progress, cancel) -> analyser.analyse(s, id, chosen, (fraction, message) -> {
            if (message != null && message.startsWith("clustering")) {
                cancel.cancel(); // the user pressed Cancel once the embeddings were done
            }
        }, cancel);
        AnalysisSettingsViewModel settings = window(cancelledWhileClustering);
        settings.autoClusterSizeProperty().set(false);
        settings.minClusterSizeProperty().set("45");

        settings.reanalyse();

        assertThat(settings.statusProperty().get()).isEqualTo("Re-analysis cancelled; the previous analysis is kept.");
        assertThat(settings.runningProperty().get()).isFalse();
        assertThat(store.analysis(runId)).contains(before);
        assertThat(shown).isEmpty();
    }

    @Test
    void aFindingWhoseClusterIsGoneIsListedAsBelongingToTheEarlierAnalysis() {
        List<ClusterSummary> clusters = store.clusters(runId);
        ClusterSummary smallest = clusters.stream().min(java.util.Comparator.comparingInt(ClusterSummary::size)).orElseThrow();
        store.saveFinding(runId, new Finding(smallest.id(), Optional.of(Verdict.NEUTRAL), "expected after the policy change"));
        AnalysisSettingsViewModel settings = window();
        settings.estimatedFloorProperty().set(false);
        settings.noiseFloorProperty().set("0.99");

        settings.reanalyse();

        assertThat(store.findings(runId)).isEmpty();
        assertThat(settings.previousFindings()).singleElement().asString()
                .isEqualTo("“" + smallest.label() + "” (earlier cluster #" + smallest.id() + ", " + smallest.size()
                        + " pairs): marked neutral — expected after the policy change");
    }

    @Test
    void reAnalysingWithTheSameSettingsKeepsFindingsOnTheirClusters() {
        ClusterSummary first = store.clusters(runId).getFirst();
        Finding finding = new Finding(first.id(), Optional.of(Verdict.IMPROVEMENT), "shorter is what we asked for");
        store.saveFinding(runId, finding);

        window().reanalyse();

        assertThat(store.findings(runId)).containsExactly(finding);
        assertThat(store.previousFindings(runId)).isEmpty();
    }
}
