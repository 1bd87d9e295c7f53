// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.analysis.ingest;

/** How rows of two per-model logs are paired. */
public enum JoinKey {
    /** Same request id only. */
    REQUEST_ID,
    /** Same query after case folding, trimming and collapsing whitespace and punctuation only (ids ignored). */
    NORMALISED_QUERY,
    /** Request id first; rows left over on both sides are then paired by normalised query. */
    REQUEST_ID_THEN_QUERY
}
