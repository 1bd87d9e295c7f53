// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.pair.PairRecord;
import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.RunAnalysis;
import dev.shiftlens.analysis.result.Verdict;
import dev.shiftlens.analysis.work.Cancellation;
import dev.shiftlens.analysis.work.ProgressListener;
import dev.shiftlens.sampledata.SampleIncident;
import dev.shiftlens.sampledata.SampleRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality bars of the analysis on the sample incident, against its truth: every planted
 * change is found as one cluster of its own with the right verdict, and paraphrase stays out.
 */
class SampleIncidentFindingsTest {

    private static List<SampleRow> rows;
    private static RunAnalysis analysis;

    @BeforeAll
    static void analyseTheSampleIncident() {
        rows = SampleIncident.generate(SampleIncident.DEFAULT_SEED, SampleIncident.DEFAULT_PAIRS);
        analysis = analyse(rows);
    }

    static RunAnalysis analyse(List<SampleRow> sample) {
        List<PairRecord> pairs = sample.stream().map(SampleIncidentFindingsTest::pair).toList();
        return new DivergenceAnalysis(AnalysisSettings.defaults(), SharedEmbedder.get())
                .run(pairs, ProgressListener.NONE, Cancellation.none());
    }

    static PairRecord pair(SampleRow row) {
        return new PairRecord(row.requestId(), row.query(), row.baselineOutput(), row.candidateOutput(),
                Optional.of(row.timestamp()), row.baselineModel(), row.candidateModel(), Map.copyOf(row.metadata().asMap()));
    }

    @ParameterizedTest(name = "{0} is one cluster of its own, labelled {1}")
    @CsvSource(textBlock = """
            warranty_shorter,     REGRESSION
            json_key_rename,      REGRESSION
            booking_refusal,      REGRESSION
            citation_format,      REGRESSION
            flattery,             REGRESSION
            setup_steps_improved, IMPROVEMENT
            """)
    void eachPlantedChangeIsFoundAsOneClusterWithTheRightVerdict(String plantedClass, Verdict verdict) {
        List<PairOutcome> planted = outcomesOf(plantedClass);
        Map<Integer, Long> clusters = planted.stream().filter(PairOutcome::clustered)
                .collect(Collectors.groupingBy(PairOutcome::cluster, Collectors.counting()));
        int best = clusters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        ClusterSummary cluster = analysis.clusters().stream().filter(c -> c.id() == best).findFirst().orElseThrow();
        long inBest = clusters.get(best);

        assertThat((double) inBest / planted.size()).as("share of %s in cluster %d", plantedClass, best).isGreaterThanOrEqualTo(0.8);
        assertThat((double) inBest / cluster.size()).as("purity of cluster %d (%s)", best, cluster.label()).isGreaterThanOrEqualTo(0.8);
        assertThat(cluster.verdict()).as("verdict of %s", cluster.label()).isEqualTo(verdict);
        assertThat(cluster.reasons()).isNotEmpty();
        assertThat(cluster.confidence()).isGreaterThan(0.95);
    }

    @Test
    void paraphraseNoiseMostlyStaysOutOfClusters() {
        List<PairOutcome> noise = outcomesOf(SampleIncident.NOISE_CLASS);
        long clustered = noise.stream().filter(PairOutcome::clustered).count();

        assertThat((double) clustered / noise.size()).isLessThan(0.10);
    }

    @Test
    void theLabelsSayWhatChangedInAReviewersWords() {
        assertThat(analysis.clusters()).extracting(ClusterSummary::label).anySatisfy(label -> assertThat(label).contains("`summary` → `exec_summary`"))
                .anySatisfy(label -> assertThat(label).startsWith("Refusals appeared: refusals 0% →"))
                .anySatisfy(label -> assertThat(label).matches("Answers at least 2× shorter: candidate \\d\\d% shorter.*"));
        assertThat(analysis.summary().headline()).contains("diverge beyond the noise floor").contains("regression");
    }

    @Test
    void runOfParaphraseOnlyHasNoRegressionCluster() {
        List<SampleRow> noiseOnly = rows.stream().filter(row -> row.plantedClass().wireName().equals(SampleIncident.NOISE_CLASS)).toList();

        RunAnalysis calm = analyse(noiseOnly);

        assertThat(calm.clusters()).noneMatch(cluster -> cluster.verdict() == Verdict.REGRESSION);
        assertThat((double) calm.summary().clustered() / calm.summary().pairs()).isLessThan(0.10);
    }

    @Test
    void sameSeedGivesTheSameClustersAndLayout() {
        List<SampleRow> slice = rows.subList(0, 600);

        RunAnalysis first = analyse(slice);
        RunAnalysis second = analyse(slice);

        assertThat(second.pairs()).isEqualTo(first.pairs());
        assertThat(second.clusters()).isEqualTo(first.clusters());
    }

    private static List<PairOutcome> outcomesOf(String plantedClass) {
        Map<String, SampleRow> byId = rows.stream().collect(Collectors.toMap(SampleRow::requestId, Function.identity()));
        return analysis.pairs().stream()
                .filter(pair -> byId.get(pair.requestId()).plantedClass().wireName().equals(plantedClass)).toList();
    }
}
