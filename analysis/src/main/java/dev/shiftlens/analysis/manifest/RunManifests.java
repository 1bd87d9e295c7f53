// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.manifest;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Both sides of a run. The baseline is what was serving before: the rollback target when the
 * candidate is found wanting.
 */
public record RunManifests(ReleaseManifest baseline, ReleaseManifest candidate) {

    /** One key's values on both sides; empty text where a side lacks the key. */
    public record Row(String key, String baseline, String candidate) {
        public boolean differs() {
            return !baseline.equals(candidate);
        }
    }

    public static RunManifests empty() {
        return new RunManifests(ReleaseManifest.empty(), ReleaseManifest.empty());
    }

    /** Every key of either side, sorted, side by side. */
    public List<Row> sideBySide() {
        TreeSet<String> keys = new TreeSet<>(baseline.entries().keySet());
        keys.addAll(candidate.entries().keySet());
        return keys.stream().map(key -> new Row(key, Objects.requireNonNullElse(baseline.entries().get(key), ""),
                Objects.requireNonNullElse(candidate.entries().get(key), ""))).toList();
    }

    public List<Row> differences() {
        return sideBySide().stream().filter(Row::differs).toList();
    }
}
