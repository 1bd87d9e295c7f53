// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.shift;

import dev.shiftlens.analysis.result.PopulationShift;
import dev.shiftlens.analysis.result.PopulationShift.Direction;
import dev.shiftlens.analysis.result.PopulationShift.Kind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PopulationShiftsTest {

    private static final int PAIRS = 500;
    private static final long SEED = 42;

    @Test
    void answersTwiceAsLongEverywhereAreAMaterialTwofoldShiftWithAnIntervalAroundTwo() {
        Random random = new Random(1);
        List<Map<String, Double>> pairs = pairs(random, (i, baselineChars) -> 2 * baselineChars * noise(random, 0.15), i -> false);

        PopulationShift chars = shift(PopulationShifts.of(pairs, SEED), "chars");

        assertThat(chars.kind()).isEqualTo(Kind.RATIO);
        assertThat(chars.material()).isTrue();
        assertThat(chars.direction()).isEqualTo(Direction.UP);
        assertThat(chars.low()).isLessThanOrEqualTo(2.0);
        assertThat(chars.high()).isGreaterThanOrEqualTo(2.0);
        assertThat(chars.high() - chars.low()).isLessThan(0.1);
        assertThat(chars.movedShare()).isGreaterThan(0.99);
        assertThat(chars.phrase()).isEqualTo("candidate answers are %s longer (median)".formatted(ShiftWording.ratio(chars.change())));
        assertThat(chars.description()).contains("95% CI").contains("longer in 100% of pairs");
    }

    @Test
    void pureNoiseHasNoMaterialShift() {
        Random random = new Random(2);
        List<Map<String, Double>> pairs = pairs(random, (i, baselineChars) -> baselineChars * noise(random, 0.4),
                i -> random.nextDouble() < 0.03);
        pairs.forEach(values -> values.put("baseline_refusal", random.nextDouble() < 0.03 ? 1.0 : 0.0));

        List<PopulationShift> shifts = PopulationShifts.of(pairs, SEED);

        assertThat(shifts).extracting(PopulationShift::metric)
                .contains("chars", "refusal", "list_items_present", "list_items", "tokens");
        assertThat(shifts).noneMatch(PopulationShift::material);
        assertThat(PopulationShifts.forHeadline(shifts)).isEmpty();
    }

    @Test
    void refusalsFromNoneToThirtyPercentAreAMaterialRateShift() {
        Random random = new Random(3);
        List<Map<String, Double>> pairs = pairs(random, (i, baselineChars) -> baselineChars * noise(random, 0.1), i -> i % 10 < 3);

        PopulationShift refusals = shift(PopulationShifts.of(pairs, SEED), "refusal");

        assertThat(refusals.kind()).isEqualTo(Kind.RATE);
        assertThat(refusals.before()).isZero();
        assertThat(refusals.after()).isEqualTo(0.3);
        assertThat(refusals.material()).isTrue();
        assertThat(refusals.low()).isLessThan(0.3).isGreaterThan(0.2);
        assertThat(refusals.phrase()).isEqualTo("refusals 0% → 30%");
        assertThat(refusals.description()).startsWith("refusals 0% → 30% (+30.0 points, 95% CI +")
                .endsWith("appeared in 30% of pairs, sign test p < 0.001");
    }

    @Test
    void theSameSeedGivesTheSameShiftsAndTheHeadlineNamesOneShiftPerProperty() {
        Random random = new Random(4);
        List<Map<String, Double>> pairs = pairs(random, (i, baselineChars) -> 3 * baselineChars * noise(random, 0.3), i -> i % 4 == 0);

        List<PopulationShift> first = PopulationShifts.of(pairs, SEED);

        assertThat(PopulationShifts.of(pairs, SEED)).isEqualTo(first);
        assertThat(shift(first, "tokens").material()).isTrue();
        assertThat(PopulationShifts.forHeadline(first)).extracting(PopulationShift::metric).containsExactly("chars", "refusal");
    }

    @Test
    void aCountThatDropsIsNamedByItsPresenceAndItsMean() {
        Random random = new Random(5);
        List<Map<String, Double>> pairs = pairs(random, (i, baselineChars) -> baselineChars * noise(random, 0.1), i -> false);
        pairs.forEach(values -> values.put("candidate_list_items", 0.0));

        List<PopulationShift> shifts = PopulationShifts.of(pairs, SEED);

        PopulationShift present = shift(shifts, "list_items_present");
        assertThat(present.material()).isTrue();
        assertThat(present.direction()).isEqualTo(Direction.DOWN);
        assertThat(present.phrase()).startsWith("answers with a list ").endsWith(" → 0%");
        assertThat(shift(shifts, "list_items").material()).isTrue();
        assertThat(PopulationShifts.forHeadline(shifts)).extracting(PopulationShift::metric).containsExactly("list_items_present");
    }

    @Test
    void aMeanMovedByAFewAnswersIsNotARunLevelShift() {
        Random random = new Random(6);
        List<Map<String, Double>> pairs = pairs(random, (i, baselineChars) -> baselineChars * noise(random, 0.1), i -> false);
        for (int i = 0; i < pairs.size(); i++) {
            pairs.get(i).put("baseline_citations", i < 10 ? 20.0 : 0.0);
            pairs.get(i).put("candidate_citations", 0.0);
        }

        PopulationShift citations = shift(PopulationShifts.of(pairs, SEED), "citations");

        assertThat(citations.pValue()).isLessThan(PopulationShifts.MAX_P);
        assertThat(citations.movedShare()).isEqualTo(0.02);
        assertThat(citations.material()).isFalse();
    }

    private interface CandidateLength {
        double of(int pair, double baselineChars);
    }

    private interface Refused {
        boolean test(int pair);
    }

    /** Pairs with a baseline of 200–2,000 characters, lists in about half, and the candidate as given. */
    private static List<Map<String, Double>> pairs(Random random, CandidateLength candidate, Refused refused) {
        List<Map<String, Double>> pairs = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            double baselineChars = 200 + random.nextInt(1800);
            double candidateChars = Math.round(candidate.of(i, baselineChars));
            Map<String, Double> values = new HashMap<>();
            values.put("baseline_chars", baselineChars);
            values.put("candidate_chars", candidateChars);
            values.put("baseline_tokens", Math.floor(baselineChars / 6));
            values.put("candidate_tokens", Math.floor(candidateChars / 6));
            values.put("baseline_refusal", 0.0);
            values.put("candidate_refusal", refused.test(i) ? 1.0 : 0.0);
            values.put("baseline_list_items", random.nextBoolean() ? (double) random.nextInt(8) : 0.0);
            values.put("candidate_list_items", random.nextBoolean() ? (double) random.nextInt(8) : 0.0);
            values.put("lexical_similarity", random.nextDouble());
            pairs.add(values);
        }
        return pairs;
    }

    private static double noise(Random random, double spread) {
        return Math.exp(random.nextGaussian() * spread);
    }

    private static PopulationShift shift(List<PopulationShift> shifts, String metric) {
        return shifts.stream().filter(s -> s.metric().equals(metric)).findFirst().orElseThrow();
    }
}
