// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.app.ui.clusters;

import dev.shiftlens.analysis.result.ClusterSummary;
import dev.shiftlens.analysis.result.TopicGroup;
import dev.shiftlens.analysis.result.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterDetailViewModelTest {

    private final ClusterDetailViewModel detail = new ClusterDetailViewModel((finding, saved) -> saved.run());

    private static ClusterSummary refusals(List<TopicGroup> groups) {
        return new ClusterSummary(3, "Refusals appeared: refusals 0% → 100%", 220, 0.07, Verdict.REGRESSION, 0.99,
                List.of("refusals 0% → 100%"), List.of("candidate 80% shorter"), List.of("login"), List.of(), List.of(1, 2), groups);
    }

    @Test
    void aChangeAcrossSeveralTopicsListsEachWithItsShareOfTheCluster() {
        detail.show(Optional.of(ClusterRow.of(refusals(List.of(
                new TopicGroup("login, mfa", 88, 0.4, List.of("login", "mfa"), List.of(1)),
                new TopicGroup("vpn", 66, 0.3, List.of("vpn"), List.of(2)),
                new TopicGroup("other requests", 66, 0.3, List.of(), List.of(5)))), Optional.empty(), 0)));

        assertThat(detail.topicsProperty().get()).isEqualTo(
                "Topics: login, mfa — 40.0% (88 pairs) · vpn — 30.0% (66 pairs) · other requests — 30.0% (66 pairs)");
    }

    @Test
    void aChangeWithinOneTopicShowsNoTopicsLine() {
        detail.show(Optional.of(ClusterRow.of(refusals(List.of(
                new TopicGroup("login", 220, 1.0, List.of("login"), List.of(1)))), Optional.empty(), 0)));

        assertThat(detail.topicsProperty().get()).isEmpty();
    }
}
