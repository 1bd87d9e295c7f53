// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * What leaves the workbench: the analysis.json artifact, the self-contained HTML report, the
 * Markdown report for tickets and the CSV exports, all rendered from the stored analysis with
 * personal data redacted by default. No JavaFX here.
 */
package dev.shiftlens.app.report;
