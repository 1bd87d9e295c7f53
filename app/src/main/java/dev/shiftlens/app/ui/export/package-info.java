// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * File › Export report…: choose the scope (whole run or chosen clusters), the files, the folder and
 * whether personal data stays, then write them in the background through the same
 * {@link dev.shiftlens.app.report.ReportWriter} as {@code shiftlens report}.
 */
package dev.shiftlens.app.ui.export;
