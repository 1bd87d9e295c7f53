// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterAssignmentTest {

    @Test
    void rawLabelsAreRenumberedLargestFirstWithNoiseAsMinusOne() {
        ClusterAssignment assignment = ClusterAssignment.fromRawLabels(new int[] {7, 0, 3, 3, 3, 7, 9, 9}, 0, 8);

        assertThat(assignment.labels()).containsExactly(1, -1, 0, 0, 0, 1, 2, 2);
        assertThat(assignment.clusterCount()).isEqualTo(3);
        assertThat(assignment.clusterSizes()).containsExactly(3, 2, 2);
        assertThat(assignment.noiseCount()).isEqualTo(1);
    }

    @Test
    void assignmentCannotBeChangedThroughItsArrays() {
        int[] raw = {1, 1, 2};
        ClusterAssignment assignment = ClusterAssignment.fromRawLabels(raw, 0, 3);
        assignment.labels()[0] = 5;
        raw[0] = 5;

        assertThat(assignment.labelOf(0)).isZero();
    }
}
