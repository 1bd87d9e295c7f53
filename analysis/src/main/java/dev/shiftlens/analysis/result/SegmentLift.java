// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.result;

/** A metadata value over-represented in a cluster: its share inside the cluster against its share of all traffic. */
public record SegmentLift(String field, String value, double shareInCluster, double shareOverall) {

    public double lift() {
        return shareOverall == 0 ? 0 : shareInCluster / shareOverall;
    }
}
