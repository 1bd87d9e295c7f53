// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.segment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How many rows of one segment value one version served on one UTC day: the aggregate version skew
 * is detected from, so a million rows arrive as a few thousand counts.
 *
 * @param day   UTC day, empty for rows without a timestamp
 * @param first earliest timestamp among the rows, empty when undated
 * @param last  latest timestamp among the rows, empty when undated
 */
public record SegmentVersionCount(String versionField, String segmentField, String segmentValue, String version,
                                  Optional<LocalDate> day, long rows, Optional<Instant> first, Optional<Instant> last) {
}
