// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pipeline;

import dev.shiftlens.analysis.divergence.NoiseFloor;
import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.PairOutcome;
import dev.shiftlens.analysis.result.PopulationShift;
import dev.shiftlens.analysis.shift.PopulationShifts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SummariesTest {

    @Test
    void theHeadlineNamesMaterialRunLevelShiftsBeforeTheDivergence() {
        List<PairOutcome> pairs = IntStream.range(0, 200).mapToObj(i -> pair(i, 400 + i, 2 * (400 + i), i < 60)).toList();
        List<PopulationShift> shifts = PopulationShifts.of(pairs.stream().map(PairOutcome::metrics).toList(), 42);

        AnalysisSummary summary = Summaries.of(pairs, List.of(), NoiseFloor.fixed(0.5), shifts);

        assertThat(summary.shifts()).isEqualTo(shifts);
        assertThat(summary.headline()).isEqualTo("Across the run, candidate answers are 2.0× longer (median), refusals 0% → 30%;"
                + " no divergence above the noise floor (0.500) in 200 pairs.");
    }

    @Test
    void withoutAMaterialShiftTheHeadlineIsTheDivergenceAlone() {
        List<PairOutcome> pairs = IntStream.range(0, 200).mapToObj(i -> pair(i, 400 + i, 400 + i, false)).toList();
        List<PopulationShift> shifts = PopulationShifts.of(pairs.stream().map(PairOutcome::metrics).toList(), 42);

        AnalysisSummary summary = Summaries.of(pairs, List.of(), NoiseFloor.fixed(0.5), shifts);

        assertThat(summary.shifts()).isNotEmpty().noneMatch(PopulationShift::material);
        assertThat(summary.headline()).isEqualTo("No divergence above the noise floor (0.500) in 200 pairs.");
    }

    private static PairOutcome pair(int id, double baselineChars, double candidateChars, boolean refused) {
        Map<String, Double> metrics = Map.of("baseline_chars", baselineChars, "candidate_chars", candidateChars,
                "baseline_refusal", 0.0, "candidate_refusal", refused ? 1.0 : 0.0);
        return new PairOutcome(id, "r" + id, 0.1, false, PairOutcome.NO_CLUSTER, 0, 0, metrics, List.of());
    }
}
