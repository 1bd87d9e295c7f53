// SPDX-License-Identifier: GPL-3.0-or-later
/** The analysis of a run from pairs to characterised clusters, stage by stage, with progress and cancellation. */
package dev.shiftlens.analysis.pipeline;
