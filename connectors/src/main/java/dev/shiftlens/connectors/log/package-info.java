// SPDX-License-Identifier: GPL-3.0-or-later
/** Log files read by connectors: single-model windows of a cutover log (one output per query). */
package dev.shiftlens.connectors.log;
