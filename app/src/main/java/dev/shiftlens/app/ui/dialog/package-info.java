// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The one place the workbench tells the user something went wrong, or something they should know,
 * and the one way it opens a tool window over itself.
 */
package dev.shiftlens.app.ui.dialog;
