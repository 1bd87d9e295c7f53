// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.segment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VersionSkewDetectorTest {

    private static SegmentVersionCount count(String region, String version, int day, long rows) {
        LocalDate date = LocalDate.of(2026, 4, day);
        Instant start = date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        return new SegmentVersionCount("prompt_version", "region", region, version, Optional.of(date), rows,
                Optional.of(start.plusSeconds(60)), Optional.of(start.plusSeconds(80_000)));
    }

    @Test
    void oneRegionLeftOnTheOldPromptForConsecutiveDaysIsOneWindow() {
        List<SegmentVersionCount> counts = new ArrayList<>();
        for (int day = 6; day <= 12; day++) {
            counts.add(count("us-east", "v47", day, 40));
            counts.add(count("ap-southeast", "v47", day, 30));
            boolean lagging = day >= 8 && day <= 10;
            counts.add(count("eu-west", lagging ? "v46" : "v47", day, 35));
        }

        List<VersionSkew> skew = VersionSkewDetector.detect(counts);

        assertThat(skew).singleElement().satisfies(window -> {
            assertThat(window.segmentValue()).isEqualTo("eu-west");
            assertThat(window.versions()).containsExactly("v46", "v47");
            assertThat(window.days()).isEqualTo(3);
            assertThat(window.rows()).isEqualTo(105);
            assertThat(window.from().orElseThrow().toString()).startsWith("2026-04-08");
            assertThat(window.to().orElseThrow().toString()).startsWith("2026-04-10");
        });
    }

    @Test
    void aCutoverThatMovesEverySegmentTogetherIsNotSkew() {
        List<SegmentVersionCount> counts = new ArrayList<>();
        for (String region : List.of("us-east", "eu-west", "ap-southeast")) {
            counts.add(count(region, "v46", 6, 20));
            counts.add(count(region, "v47", 6, 20));
            counts.add(count(region, "v47", 7, 40));
        }

        assertThat(VersionSkewDetector.detect(counts)).isEmpty();
    }

    @Test
    void versionAndPromptKeysAreVersionFieldsNotSegments() {
        assertThat(VersionSkewDetector.isVersionField("prompt_version")).isTrue();
        assertThat(VersionSkewDetector.isVersionField("candidate_model")).isTrue();
        assertThat(VersionSkewDetector.isVersionField("region")).isFalse();
    }
}
