// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Run › Replay…: replay the shown run's queries against endpoint profiles through the same
 * {@link dev.shiftlens.app.jobs.ReplayJob} as {@code shiftlens replay}; the estimate first, accepted
 * before anything is sent, then progress, spend and cancel, then the new run in the workbench.
 */
package dev.shiftlens.app.ui.replay;
