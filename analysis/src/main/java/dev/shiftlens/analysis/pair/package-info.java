// SPDX-License-Identifier: GPL-3.0-or-later
/** The paired record: one query with the baseline's and the candidate's output. */
package dev.shiftlens.analysis.pair;
