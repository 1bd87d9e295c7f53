// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui;

import dev.shiftlens.analysis.result.AnalysisSummary;
import dev.shiftlens.analysis.result.PopulationShift;
import dev.shiftlens.analysis.result.PopulationShift.Direction;
import dev.shiftlens.analysis.result.PopulationShift.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The line above the scatter: the headline names three material shifts at most; the rest follow on their own line. */
class RunSummaryLineTest {

    private static final String HEADLINE = "Across the run, a, b, c (+1 more run-level shift); 40 of 500 pairs (8.0%) diverge.";

    @Test
    void materialShiftsTheHeadlineHadNoRoomForFollowItAndTheTooltipHasEveryOneInFull() {
        AnalysisSummary summary = new AnalysisSummary(500, 40, 0, 0, 0.3, "estimated", 0, 0, HEADLINE,
                List.of(shift("chars", 0.9, true), shift("refusal", 0.6, true), shift("hedging_present", 0.5, true),
                        shift("tables_present", 0.3, true), shift("empty", 0.2, false)));

        assertThat(WorkbenchViewModel.summaryLine(summary)).isEqualTo(HEADLINE + "\nNoise floor 0.300: estimated.\n"
                + "Also across the run: tables_present phrase.");
        assertThat(WorkbenchViewModel.shiftDetails(summary)).isEqualTo("\n\nRun-level shifts over all pairs (95% intervals):\n"
                + "• chars in full\n• refusal in full\n• hedging_present in full\n• tables_present in full");
    }

    @Test
    void withoutMaterialShiftsTheLineIsTheHeadlineAndTheFloor() {
        AnalysisSummary summary = new AnalysisSummary(500, 40, 0, 0, 0.3, "estimated", 0, 0, "40 of 500 pairs diverge.",
                List.of(shift("chars", 0.5, false)));

        assertThat(WorkbenchViewModel.summaryLine(summary)).isEqualTo("40 of 500 pairs diverge.\nNoise floor 0.300: estimated.");
        assertThat(WorkbenchViewModel.shiftDetails(summary)).isEmpty();
    }

    private static PopulationShift shift(String metric, double moved, boolean material) {
        return new PopulationShift(metric, Kind.RATE, 0.1, 0.5, 0.4, 0.3, 0.5, 0.0001, moved, 500, Direction.UP, material,
                metric + " phrase", metric + " in full");
    }
}
