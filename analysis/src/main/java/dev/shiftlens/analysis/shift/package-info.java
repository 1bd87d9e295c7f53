// SPDX-License-Identifier: GPL-3.0-or-later
/** Run-level shifts: how each property of the answers moved across all pairs, with intervals and a materiality rule. */
package dev.shiftlens.analysis.shift;
