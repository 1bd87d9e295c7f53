// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.characterise;

import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.SegmentLift;
import dev.shiftlens.analysis.divergence.ChangeKind;
import dev.shiftlens.analysis.result.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterCharacteriserTest {

    private static CharacterisedPair calm(int i) {
        return new CharacterisedPair(Map.of("length_ratio", 1.0, "semantic_similarity", 0.95,
                "baseline_refusal", 0.0, "candidate_refusal", 0.0), List.of(), "Where is my parcel " + i + "?",
                Map.of("region", i % 2 == 0 ? "us-east" : "us-west"));
    }

    private static CharacterisedPair refusal(int i) {
        return new CharacterisedPair(Map.of("length_ratio", 0.3, "semantic_similarity", 0.4,
                "baseline_refusal", 0.0, "candidate_refusal", 1.0), List.of(), "Book a repair appointment for Tuesday " + i,
                Map.of("region", "eu-west"));
    }

    private static CharacterisedPair renamed(int i) {
        return new CharacterisedPair(Map.of("length_ratio", 1.0, "semantic_similarity", 0.97),
                i < 19 ? List.of("key `summary` → `exec_summary`") : List.of(), "Weekly report JSON " + i, Map.of("region", "us-east"));
    }

    @Test
    void refusalClusterIsARegressionWithRatesTermsAndSegment() {
        List<CharacterisedPair> pairs = new ArrayList<>();
        IntStream.range(0, 80).forEach(i -> pairs.add(calm(i)));
        IntStream.range(0, 20).forEach(i -> pairs.add(refusal(i)));
        List<Integer> members = IntStream.range(80, 100).boxed().toList();
        double[][] representation = new double[100][];
        IntStream.range(0, 100).forEach(i -> representation[i] = new double[] {i % 7, 1});

        KindEvidence evidence = new KindEvidence(ChangeKind.REFUSAL_APPEARED, 20, 0, Verdict.REGRESSION);
        ClusterSummary summary = new ClusterCharacteriser(pairs, null, 1).characterise(3, members, representation, Optional.of(evidence));

        assertThat(summary.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(summary.label()).isEqualTo("Refusals appeared: refusals 0% → 100%");
        assertThat(summary.reasons()).first().isEqualTo("refusals appeared in 20 pairs, the opposite (refusals lifted) in 0 (sign test p < 0.001)");
        assertThat(summary.reasons()).contains("refusals 0% → 100% (sign test p < 0.001)");
        assertThat(summary.deltas()).contains("candidate 70% shorter (details dropped)");
        assertThat(summary.share()).isEqualTo(0.2);
        assertThat(summary.queryTerms()).contains("book", "repair", "appointment");
        assertThat(summary.segments()).containsExactly(new SegmentLift("region", "eu-west", 1.0, 0.2));
        assertThat(summary.representativePairIds()).hasSize(3).allMatch(members::contains);
        assertThat(summary.confidence()).isGreaterThan(0.999);
    }

    @Test
    void mostCommonStructuralChangeBecomesTheLabelWithItsShare() {
        List<CharacterisedPair> pairs = IntStream.range(0, 20).mapToObj(ClusterCharacteriserTest::renamed).toList();
        double[][] representation = IntStream.range(0, 20).mapToObj(i -> new double[] {0}).toArray(double[][]::new);

        KindEvidence evidence = new KindEvidence(ChangeKind.JSON_KEYS_CHANGED, 19, 0, Verdict.REGRESSION);
        ClusterSummary summary = new ClusterCharacteriser(pairs, null, 1).characterise(0, IntStream.range(0, 20).boxed().toList(),
                representation, Optional.of(evidence));

        assertThat(summary.label()).isEqualTo("JSON keys changed: key `summary` → `exec_summary` in 95%");
        assertThat(summary.verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void clusterWithoutDirectionalChangeIsNeutralAndSaysSo() {
        List<CharacterisedPair> pairs = IntStream.range(0, 30).mapToObj(ClusterCharacteriserTest::calm).toList();
        double[][] representation = IntStream.range(0, 30).mapToObj(i -> new double[] {0}).toArray(double[][]::new);

        ClusterSummary summary = new ClusterCharacteriser(pairs, null, 1).characterise(0, IntStream.range(0, 10).boxed().toList(),
                representation, Optional.empty());

        assertThat(summary.verdict()).isEqualTo(Verdict.NEUTRAL);
        assertThat(summary.reasons()).first().isEqualTo("a change of content or wording, not a kind of change the verdict policy judges");
        assertThat(summary.label()).isEqualTo("Meaning largely kept (similarity 0.95)");
        assertThat(summary.confidence()).isEqualTo(0.5);
    }
}
