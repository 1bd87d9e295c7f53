// SPDX-License-Identifier: GPL-3.0-or-later
/** The cluster colours, shared by the workbench and the reports so a cluster looks the same in both. No JavaFX here. */
package dev.shiftlens.app.palette;
