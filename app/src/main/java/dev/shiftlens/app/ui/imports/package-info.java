// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The Import dialog: the shape and column mapping inferred from a log's first rows, editable, with a
 * preview of the rows as they would be imported; then the import in the background with progress,
 * Cancel, and how every row was used.
 */
package dev.shiftlens.app.ui.imports;
