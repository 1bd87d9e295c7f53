// SPDX-License-Identifier: GPL-3.0-or-later
/** What leaves the workbench: the analysis.json artifact (reports and the gate build on it). No JavaFX here. */
package dev.shiftlens.app.report;
