// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

/**
 * One reason rows of a run were rejected, with how many and where the first one is, so a user
 * sees what to fix without reading every rejected row.
 *
 * @param firstSource the file of the first row rejected for this reason
 * @param firstLine   its line (row for Parquet)
 */
public record RejectReason(String reason, long rows, String firstSource, long firstLine) {

    /** {@code reason: N rows, first at file:line}. */
    public String describe() {
        return "%s: %,d row%s, first at %s:%d".formatted(reason, rows, rows == 1 ? "" : "s", firstSource, firstLine);
    }
}
