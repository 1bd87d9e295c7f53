// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.result;

import java.util.List;

/**
 * The run at a glance.
 *
 * @param noiseFloor       divergence scores at or below this are treated as ordinary variation
 * @param noiseFloorMethod how the floor was estimated, for the user to judge it
 * @param headline         one sentence for the top of a report, e.g. "no divergence above the noise floor"
 * @param shifts           how each property of the answers moved across the whole run; empty in summaries
 *                         stored before run-level shifts existed
 */
public record AnalysisSummary(int pairs, int diverged, int clustered, int clusters, double noiseFloor,
                              String noiseFloorMethod, double regressionShare, double improvementShare,
                              String headline, List<PopulationShift> shifts) {

    public AnalysisSummary {
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
    }

    /** A summary without run-level shifts. */
    public AnalysisSummary(int pairs, int diverged, int clustered, int clusters, double noiseFloor, String noiseFloorMethod,
                           double regressionShare, double improvementShare, String headline) {
        this(pairs, diverged, clustered, clusters, noiseFloor, noiseFloorMethod, regressionShare, improvementShare,
                headline, List.of());
    }

    public AnalysisSummary withHeadline(String value) {
        return new AnalysisSummary(pairs, diverged, clustered, clusters, noiseFloor, noiseFloorMethod, regressionShare,
                improvementShare, value, shifts);
    }

    public AnalysisSummary withNoiseFloorMethod(String value) {
        return new AnalysisSummary(pairs, diverged, clustered, clusters, noiseFloor, value, regressionShare,
                improvementShare, headline, shifts);
    }

    /** The shifts large and sure enough to name, those that moved the most pairs first. */
    public List<PopulationShift> materialShifts() {
        return shifts.stream().filter(PopulationShift::material)
                .sorted(java.util.Comparator.comparingDouble(PopulationShift::movedShare).reversed()).toList();
    }
}
