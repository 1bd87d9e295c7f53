// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The JavaFX workbench: {@link dev.shiftlens.app.ui.WorkbenchApp} opens a workspace, and the main
 * window ties the feature views (runs, clusters, scatter, pairs, side by side) together through
 * {@link dev.shiftlens.app.ui.WorkbenchViewModel}. Feature packages hold a view and its view model;
 * view models hold no JavaFX nodes and run their background work through the task seam.
 */
package dev.shiftlens.app.ui;
