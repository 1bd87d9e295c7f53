// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.segment;

/** One value of one metadata field and the figures of the pairs that carry it. */
public record SegmentRow(String field, String value, ScopeFigures figures) {
}
