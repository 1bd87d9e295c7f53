// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.cluster;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class QueryGroupsTest {

    /** Three topics: vectors around three orthogonal directions. */
    private static float[][] threeTopics(int perTopic) {
        SplittableRandom random = new SplittableRandom(5);
        float[][] vectors = new float[3 * perTopic][];
        for (int i = 0; i < vectors.length; i++) {
            float[] v = new float[8];
            v[i / perTopic] = 1;
            for (int d = 0; d < v.length; d++) {
                v[d] += (float) (random.nextGaussian() * 0.05);
            }
            vectors[i] = v;
        }
        return vectors;
    }

    @Test
    void queriesOfOneTopicShareAGroupAndTopicsGetTheirOwn() {
        int[] groups = QueryGroups.of(threeTopics(30), 3, 11);

        for (int topic = 0; topic < 3; topic++) {
            int[] members = Arrays.copyOfRange(groups, topic * 30, topic * 30 + 30);
            assertThat(Arrays.stream(members).distinct().count()).as("topic %d", topic).isEqualTo(1);
        }
        assertThat(Arrays.stream(groups).distinct().count()).isEqualTo(3);
    }

    @Test
    void theSameSeedGivesTheSameGroups() {
        float[][] vectors = threeTopics(40);

        assertThat(QueryGroups.of(vectors, 5, 3)).isEqualTo(QueryGroups.of(vectors, 5, 3));
    }

    @Test
    void identicalOrNoQueriesNeedNoClustering() {
        float[][] same = {{1, 0}, {1, 0}, {1, 0}};

        assertThat(QueryGroups.of(same, 4, 1)).containsExactly(0, 0, 0);
        assertThat(QueryGroups.of(new float[0][], 4, 1)).isEmpty();
    }

    @Test
    void groupCountGrowsWithTheSampleWithinBounds() {
        assertThat(QueryGroups.defaultCount(1)).isEqualTo(2);
        assertThat(QueryGroups.defaultCount(100)).isEqualTo(10);
        assertThat(QueryGroups.defaultCount(50_000)).isEqualTo(20);
    }
}
