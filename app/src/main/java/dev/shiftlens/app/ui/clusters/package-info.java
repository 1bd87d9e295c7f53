// SPDX-License-Identifier: GPL-3.0-or-later
/** The cluster list of the selected run: label, size and share, verdict; selecting one focuses the scatter and table. */
package dev.shiftlens.app.ui.clusters;
