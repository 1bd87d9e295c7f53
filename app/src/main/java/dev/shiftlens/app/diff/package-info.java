// SPDX-License-Identifier: GPL-3.0-or-later
/** Word-level comparison of two outputs, shared by the workbench's detail pane and the reports. No JavaFX here. */
package dev.shiftlens.app.diff;
