// SPDX-License-Identifier: GPL-3.0-or-later
/** Progress reporting and cooperative cancellation shared by every long-running stage. */
package dev.shiftlens.analysis.work;
