// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.pii;

/** How many stored rows have at least one match of {@code kind} in {@code field}. */
public record PiiCount(String field, PiiKind kind, long rows) {

    public String describe() {
        return "%s: %,d rows with %s".formatted(field, rows, kind.key().replace('_', ' '));
    }
}
