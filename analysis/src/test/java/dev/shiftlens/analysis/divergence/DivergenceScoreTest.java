// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.divergence;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DivergenceScoreTest {

    @Test
    void paraphraseScoresLowAndHasNoStructuralSignal() {
        DivergenceScore score = DivergenceScore.of(Map.of("semantic_similarity", 0.95, "log_length_ratio", 0.05,
                "baseline_refusal", 0.0, "candidate_refusal", 0.0));

        assertThat(score.continuous()).isCloseTo(0.7 * 0.05 + 0.3 * 0.05 / Math.log(3), within(1e-9));
        assertThat(score.signals()).isEmpty();
        assertThat(score.total()).isEqualTo(score.continuous());
    }

    @Test
    void equalOutputsDoNotDivergeWhateverTheEmbeddingSays() {
        assertThat(DivergenceScore.of(Map.of("semantic_similarity", 0.9, "normalized_equal", 1.0)).total()).isZero();
    }

    @Test
    void structuralChangesAreNamedAndOutweighTheContinuousPart() {
        DivergenceScore score = DivergenceScore.of(Map.of("semantic_similarity", 0.97,
                "baseline_refusal", 0.0, "candidate_refusal", 1.0, "json_keys_renamed", 1.0,
                "baseline_agreement", 0.0, "candidate_agreement", 2.0, "baseline_list_items", 0.0, "candidate_list_items", 5.0));

        assertThat(score.signals()).containsExactly("refusals appeared", "JSON keys changed",
                "flattery or agreement with the user added", "Markdown structure added");
        assertThat(score.total()).isEqualTo(1.0);
    }

    /** Whether compliments come and go at random or are added systematically is the kind grouping's sign test to say. */
    @Test
    void aComplimentAddedIsAKindOfChange() {
        DivergenceScore score = DivergenceScore.of(Map.of("semantic_similarity", 0.98,
                "baseline_flattery", 0.0, "candidate_flattery", 1.0, "baseline_agreement", 0.0, "candidate_agreement", 0.0));

        assertThat(score.signals()).containsExactly("flattery or agreement with the user added");
    }

    @Test
    void noiseFloorIsRobustToAMinorityOfLargeChanges() {
        List<DivergenceScore> scores = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            scores.add(new DivergenceScore(0.05 + 0.001 * (i % 10), 0, List.of()));
        }
        for (int i = 0; i < 10; i++) {
            scores.add(new DivergenceScore(0.9, 0, List.of()));
        }

        NoiseFloor floor = NoiseFloor.estimate(scores, 3.0);

        assertThat(floor.threshold()).isBetween(0.06, 0.1);
        assertThat(floor.exceededBy(scores.getLast())).isTrue();
        assertThat(floor.exceededBy(scores.getFirst())).isFalse();
        assertThat(floor.method()).contains("median").contains("100 pairs without structural change");
    }

    @Test
    void tooFewCalmPairsGiveADocumentedDefaultFloor() {
        NoiseFloor floor = NoiseFloor.estimate(List.of(new DivergenceScore(0.2, 0, List.of())), 3.0);

        assertThat(floor.threshold()).isEqualTo(0.25);
        assertThat(floor.method()).startsWith("default 0.25");
    }

    @Test
    void substantialLengthChangeIgnoresParaphraseSizedDifferences() {
        assertThat(DifferenceRepresentation.substantialLengthChange(0.2)).isZero();
        assertThat(DifferenceRepresentation.substantialLengthChange(-1.2)).isCloseTo(-0.9, within(1e-9));
        assertThat(DifferenceRepresentation.substantialLengthChange(5)).isEqualTo(2);
    }
}
