// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.connectors.logformat;

/** What one row of a log holds. */
public enum RowShape {
    /** Both outputs of one query: imported as pairs. */
    PAIRED,
    /** One model's output: two such logs are joined, one log spanning a cutover is split into before/after. */
    SINGLE_OUTPUT
}
