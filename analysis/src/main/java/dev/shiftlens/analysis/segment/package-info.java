// SPDX-License-Identifier: GPL-3.0-or-later
/** The run's figures for all traffic and for each metadata segment: the segment tables of a report and the gate's scopes. */
package dev.shiftlens.analysis.segment;
