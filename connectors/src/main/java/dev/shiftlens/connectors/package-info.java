// SPDX-License-Identifier: GPL-3.0-or-later
/** The outside world: log formats and, later, model endpoints. No SQL here: connectors describe, storage executes. */
package dev.shiftlens.connectors;
