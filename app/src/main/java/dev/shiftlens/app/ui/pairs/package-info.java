// SPDX-License-Identifier: GPL-3.0-or-later
/** The pairs table: one page of a run's pairs (or of one cluster's) at a time, read from the run store on demand. */
package dev.shiftlens.app.ui.pairs;
