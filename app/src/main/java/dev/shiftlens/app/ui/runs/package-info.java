// SPDX-License-Identifier: GPL-3.0-or-later
/** The runs of the open workspace: name, number of pairs, status; selecting one shows it. */
package dev.shiftlens.app.ui.runs;
