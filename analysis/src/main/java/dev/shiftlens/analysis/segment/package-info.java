// SPDX-License-Identifier: GPL-3.0-or-later
/** Segments of traffic (region, tier, channel...) and what differs between them, such as version skew. */
package dev.shiftlens.analysis.segment;
