// SPDX-License-Identifier: GPL-3.0-or-later
/** The selected pair side by side: query, both outputs with word-level differences marked, and what the analysis measured. */
package dev.shiftlens.app.ui.detail;
