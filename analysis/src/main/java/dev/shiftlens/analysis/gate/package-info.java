// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The CI gate's policy: thresholds (from options or a config map), and their evaluation against an
 * analysis, for all traffic and for the segments asked for. Pure: reading files and exit codes are
 * the command line's business.
 */
package dev.shiftlens.analysis.gate;
