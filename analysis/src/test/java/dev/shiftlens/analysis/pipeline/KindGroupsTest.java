// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shiftlens.analysis.characterise.TopicGroups;
import dev.shiftlens.analysis.characterise.VerdictPolicy;
import dev.shiftlens.analysis.divergence.ChangeKind;
import dev.shiftlens.analysis.result.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

class KindGroupsTest {

    private static final Map<String, Double> REFUSED = Map.of("baseline_refusal", 0.0, "candidate_refusal", 1.0);
    private static final Map<String, Double> UNREFUSED = Map.of("baseline_refusal", 1.0, "candidate_refusal", 0.0);
    private static final Map<String, Double> COMPLIMENTED = Map.of("baseline_flattery", 0.0, "candidate_flattery", 1.0);
    private static final Map<String, Double> UNCOMPLIMENTED = Map.of("baseline_flattery", 1.0, "candidate_flattery", 0.0);
    private static final Map<String, Double> REWORDED = Map.of("semantic_similarity", 0.6);

    @Test
    void aOneWayKindIsOneGroupAndContentChangesGoToClustering() {
        List<Map<String, Double>> metrics = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> metrics.add(REFUSED));
        IntStream.range(0, 30).forEach(i -> metrics.add(REWORDED));

        KindGroups groups = KindGroups.of(metrics, all(metrics), VerdictPolicy.written(), topics(metrics.size(), 1));

        assertThat(groups.groups()).singleElement().satisfies(group -> {
            assertThat(group.evidence().kind()).isEqualTo(ChangeKind.REFUSAL_APPEARED);
            assertThat(group.evidence().verdict()).isEqualTo(Verdict.REGRESSION);
            assertThat(group.members()).hasSize(12);
        });
        assertThat(groups.content()).hasSize(30);
    }

    @Test
    void complimentsAddedAndDroppedAlikeAreRandomVariationNotAGroup() {
        List<Map<String, Double>> metrics = new ArrayList<>();
        IntStream.range(0, 14).forEach(i -> metrics.add(i % 2 == 0 ? COMPLIMENTED : UNCOMPLIMENTED));

        KindGroups groups = KindGroups.of(metrics, all(metrics), VerdictPolicy.written(), topics(metrics.size(), 1));

        assertThat(groups.groups()).isEmpty();
        assertThat(groups.unsystematic()).isEqualTo(14);
    }

    @Test
    void theMinorityDirectionIsNeverSystematicEvenWhenTheSplitIsUneven() {
        List<Map<String, Double>> metrics = new ArrayList<>();
        IntStream.range(0, 40).forEach(i -> metrics.add(UNREFUSED));
        IntStream.range(0, 8).forEach(i -> metrics.add(REFUSED));

        KindGroups groups = KindGroups.of(metrics, all(metrics), VerdictPolicy.written(), topics(metrics.size(), 1));

        assertThat(groups.groups()).extracting(group -> group.evidence().kind()).containsExactly(ChangeKind.REFUSAL_LIFTED);
    }

    @Test
    void topicsWhereAKindGoesBothWaysAreLeftOutOfItsGroup() {
        // topic A: compliments added and dropped at random; topic B: compliments added every time
        List<Map<String, Double>> metrics = new ArrayList<>();
        IntStream.range(0, 20).forEach(i -> metrics.add(i % 3 == 0 ? UNCOMPLIMENTED : COMPLIMENTED));
        IntStream.range(0, 30).forEach(i -> metrics.add(COMPLIMENTED));
        float[][] vectors = new float[50][];
        for (int i = 0; i < 50; i++) {
            vectors[i] = i < 20 ? new float[] {1, 0} : new float[] {0, 1};
        }

        KindGroups groups = KindGroups.of(metrics, all(metrics), VerdictPolicy.written(), new TopicGroups(vectors, 7));

        assertThat(groups.groups()).singleElement().satisfies(group -> {
            assertThat(group.evidence().kind()).isEqualTo(ChangeKind.SYCOPHANCY_ADDED);
            assertThat(group.members()).allMatch(index -> index >= 20).hasSize(30);
        });
    }

    @Test
    void thePolicyDecidesTheVerdict() {
        List<Map<String, Double>> metrics = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> metrics.add(REFUSED));

        KindGroups groups = KindGroups.of(metrics, all(metrics), VerdictPolicy.parse("refusal_appeared: neutral"), topics(12, 1));

        assertThat(groups.groups().getFirst().evidence().verdict()).isEqualTo(Verdict.NEUTRAL);
    }

    private static int[] all(List<?> metrics) {
        return IntStream.range(0, metrics.size()).toArray();
    }

    private static TopicGroups topics(int pairs, long seed) {
        float[][] vectors = new float[pairs][];
        for (int i = 0; i < pairs; i++) {
            vectors[i] = new float[] {1, 0};
        }
        return new TopicGroups(vectors, seed);
    }
}
