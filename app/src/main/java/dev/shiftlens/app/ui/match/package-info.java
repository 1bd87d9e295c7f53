// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Run › Match before/after…: when the old model is gone, pair each after-window query of a cutover run
 * with its most similar before-window query through the same {@link dev.shiftlens.app.jobs.MatchJob} as
 * {@code shiftlens match}, then show the matched run (its pairs matched, not identical) in the workbench.
 */
package dev.shiftlens.app.ui.match;
