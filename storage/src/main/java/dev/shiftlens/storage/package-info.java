// SPDX-License-Identifier: GPL-3.0-or-later
/** The run store: one DuckDB file per workspace, its schema migrations, imports and the queries the UI and reports need. All SQL lives here. */
package dev.shiftlens.storage;
