// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.replay;

import dev.shiftlens.analysis.pair.PairRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuerySampleTest {

    private static final List<PairRecord> LOG = IntStream.range(0, 1000).mapToObj(i -> new PairRecord("r" + i, "q" + i, "", "",
            Optional.empty(), "", "", Map.of("region", i < 700 ? "eu" : i < 950 ? "us" : "ap"))).toList();

    @Test
    void sameSeedSameSampleOtherSeedOtherSample() {
        assertThat(QuerySample.draw(LOG, 50, Optional.empty(), 7)).isEqualTo(QuerySample.draw(LOG, 50, Optional.empty(), 7));
        assertThat(QuerySample.draw(LOG, 50, Optional.empty(), 7).indices())
                .isNotEqualTo(QuerySample.draw(LOG, 50, Optional.empty(), 8).indices());
    }

    @Test
    void stratifiedSampleKeepsEachSegmentsShare() {
        QuerySample sample = QuerySample.draw(LOG, 100, Optional.of("region"), 3);

        Map<String, Long> counts = sample.indices().stream()
                .collect(Collectors.groupingBy(i -> LOG.get(i).metadata().get("region"), Collectors.counting()));

        assertThat(sample.indices()).hasSize(100).isSorted().doesNotHaveDuplicates();
        assertThat(counts).containsEntry("eu", 70L).containsEntry("us", 25L).containsEntry("ap", 5L);
    }

    @Test
    void unknownStratifyFieldListsTheFieldsThereAre() {
        assertThatThrownBy(() -> QuerySample.draw(LOG, 10, Optional.of("tier"), 1)).hasMessageContaining("fields present: region");
    }

    @Test
    void groupsKeepTheirShareOfTheLog() {
        int[] groups = new int[100];
        for (int i = 0; i < 100; i++) {
            groups[i] = i < 70 ? 0 : i < 90 ? 1 : 2;
        }

        QuerySample sample = QuerySample.drawByGroups(100, 20, groups, "query cluster", 4);

        assertThat(sample.indices()).hasSize(20);
        assertThat(sample.indices().stream().filter(i -> i < 70)).hasSize(14);
        assertThat(sample.indices().stream().filter(i -> i >= 70 && i < 90)).hasSize(4);
        assertThat(sample.indices().stream().filter(i -> i >= 90)).hasSize(2);
        assertThat(sample.method()).isEqualTo("20 of 100 logged queries stratified by query cluster over 3 values (seed 4)");
        assertThat(QuerySample.drawByGroups(100, 20, groups, "query cluster", 4)).isEqualTo(sample);
    }
}
