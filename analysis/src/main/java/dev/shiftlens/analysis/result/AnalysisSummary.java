// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.result;

/**
 * The run at a glance.
 *
 * @param noiseFloor       divergence scores at or below this are treated as ordinary variation
 * @param noiseFloorMethod how the floor was estimated, for the user to judge it
 * @param headline         one sentence for the top of a report, e.g. "no divergence above the noise floor"
 */
public record AnalysisSummary(int pairs, int diverged, int clustered, int clusters, double noiseFloor,
                              String noiseFloorMethod, double regressionShare, double improvementShare,
                              String headline) {
}
