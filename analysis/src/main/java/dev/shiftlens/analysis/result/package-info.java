// SPDX-License-Identifier: GPL-3.0-or-later
/** The results of an analysis: per-pair outcomes, characterised clusters and the run summary. */
package dev.shiftlens.analysis.result;
