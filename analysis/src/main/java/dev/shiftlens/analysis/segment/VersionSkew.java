// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.segment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A window in which one segment was served a different version than the rest of the traffic.
 *
 * @param versions      the versions seen in the window, the segment's odd one first
 * @param oddVersion    what the segment got
 * @param usualVersion  what most other traffic got in the same days
 * @param rows          rows of the segment on the odd version in the window
 * @param days          UTC days the window covers (1 for undated logs)
 */
public record VersionSkew(String segmentField, String segmentValue, String versionField, List<String> versions,
                          String oddVersion, String usualVersion, Optional<Instant> from, Optional<Instant> to,
                          long rows, int days) {

    public VersionSkew {
        versions = List.copyOf(versions);
    }

    /** One line for the console and reports. */
    public String describe() {
        String span = from.isPresent() && to.isPresent()
                ? " from %s to %s (%d day%s)".formatted(from.get(), to.get(), days, days == 1 ? "" : "s") : "";
        return "%s=%s on %s %s while the rest was on %s: %,d rows%s".formatted(segmentField, segmentValue,
                versionField, oddVersion, usualVersion, rows, span);
    }
}
