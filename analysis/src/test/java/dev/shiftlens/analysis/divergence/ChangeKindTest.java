// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.divergence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shiftlens.analysis.result.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;
import java.util.Optional;

class ChangeKindTest {

    @Test
    void aRefusalExplainsTheShorterAnswerAndTheLostListSoItIsThePrimaryKind() {
        Map<String, Double> refusal = Map.of("baseline_refusal", 0.0, "candidate_refusal", 1.0, "log_length_ratio", -2.5,
                "baseline_list_items", 6.0, "candidate_list_items", 0.0);

        assertThat(ChangeKind.primaryOf(refusal)).contains(ChangeKind.REFUSAL_APPEARED);
        assertThat(ChangeKind.MUCH_SHORTER.presentIn(refusal)).isTrue();
        assertThat(ChangeKind.STRUCTURE_LOST.presentIn(refusal)).isTrue();
    }

    @Test
    void answeringInAnotherLanguageThanTheQueryIsARegressionAndComingBackAnImprovement() {
        Map<String, Double> away = Map.of("language_switch", 1.0, "baseline_off_query_language", 0.0, "candidate_off_query_language", 1.0);
        Map<String, Double> back = Map.of("language_switch", 1.0, "baseline_off_query_language", 1.0, "candidate_off_query_language", 0.0);
        Map<String, Double> unknownQuery = Map.of("language_switch", 1.0);

        assertThat(ChangeKind.primaryOf(away)).contains(ChangeKind.LANGUAGE_AWAY_FROM_QUERY);
        assertThat(ChangeKind.primaryOf(back)).contains(ChangeKind.LANGUAGE_BACK_TO_QUERY);
        assertThat(ChangeKind.primaryOf(unknownQuery)).contains(ChangeKind.LANGUAGE_SWITCHED);
        assertThat(ChangeKind.LANGUAGE_SWITCHED.policy()).isEqualTo(Verdict.NEUTRAL);
    }

    @Test
    void twiceAsShortIsAKindWhateverTheNoiseFloorAndALittleShorterIsNot() {
        assertThat(ChangeKind.primaryOf(Map.of("log_length_ratio", Math.log(0.49)))).contains(ChangeKind.MUCH_SHORTER);
        assertThat(ChangeKind.primaryOf(Map.of("log_length_ratio", Math.log(0.6)))).isEmpty();
        assertThat(ChangeKind.primaryOf(Map.of("log_length_ratio", Math.log(2.1)))).contains(ChangeKind.MUCH_LONGER);
    }

    @Test
    void aListThatShrinksButStaysIsNotStructureLost() {
        Map<String, Double> shorterList = Map.of("baseline_list_items", 9.0, "candidate_list_items", 4.0);
        Map<String, Double> prose = Map.of("baseline_list_items", 9.0, "candidate_list_items", 0.0);

        assertThat(ChangeKind.primaryOf(shorterList)).isEmpty();
        assertThat(ChangeKind.primaryOf(prose)).contains(ChangeKind.STRUCTURE_LOST);
    }

    @Test
    void equalOutputsShowNoKind() {
        assertThat(ChangeKind.primaryOf(Map.of("normalized_equal", 1.0, "baseline_refusal", 0.0, "candidate_refusal", 1.0)))
                .isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(ChangeKind.class)
    void everyReversibleKindIsItsOppositesOppositeWithTheOppositeVerdict(ChangeKind kind) {
        assertThat(kind.opposite().opposite()).isEqualTo(kind);
        if (kind.opposite() != kind && kind.policy() != Verdict.NEUTRAL) {
            assertThat(kind.opposite().policy()).isNotEqualTo(kind.policy()).isNotEqualTo(Verdict.NEUTRAL);
        }
    }
}
