// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Segments of traffic (region, tier, channel...) and what differs between them: version skew, and
 * the run's figures for all traffic and for each segment (the segment tables of a report and the
 * gate's scopes).
 */
package dev.shiftlens.analysis.segment;
