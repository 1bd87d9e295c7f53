// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.sampledata;

import java.time.Instant;

/**
 * One request of the sample incident, with both outputs and its ground truth.
 *
 * @param plantedClass the change actually applied to the candidate output
 * @param intent what the customer asked for, independent of whether a change was applied
 * @param versionSkew the candidate side still served the old prompt (v46) for this request
 */
public record SampleRow(
        String requestId,
        String query,
        String baselineOutput,
        String candidateOutput,
        Instant timestamp,
        String baselineModel,
        String candidateModel,
        Segment metadata,
        PlantedClass plantedClass,
        Intent intent,
        boolean versionSkew) {}
