// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.result;

import java.util.List;
import java.util.Map;

/**
 * What the analysis found for one pair.
 *
 * @param cluster    the divergence cluster, or -1 when the pair is not diverged or is noise
 * @param x          scatter position from the projection
 * @param metrics    flat metric values by stable name (see the metrics package)
 * @param changes    human-readable structural changes, e.g. "key `summary` → `exec_summary`"
 */
public record PairOutcome(int pairId, String requestId, double divergence, boolean diverged, int cluster,
                          double x, double y, Map<String, Double> metrics, List<String> changes) {

    public static final int NO_CLUSTER = -1;

    public PairOutcome {
        metrics = Map.copyOf(metrics);
        changes = List.copyOf(changes);
    }

    public boolean clustered() {
        return cluster != NO_CLUSTER;
    }
}
